package org.inclusio;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

@Modulithic(sharedModules = "shared")
@SpringBootApplication
public class InclusioApplication {

	public static void main(String[] args) {
		SpringApplication.run(InclusioApplication.class, args);
	}
}
