package org.inclusio.money.internal;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Plain-language advice on priority debts and free help: public, for anyone worried about money. */
@Controller
class AdviceController {

	@GetMapping("/money/advice")
	String advice() {
		return "money/advice";
	}
}
