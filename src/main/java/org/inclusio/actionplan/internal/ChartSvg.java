package org.inclusio.actionplan.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * An indicator's progress as a small SVG line chart, written on the server (no JavaScript). Colour is never the
 * only cue: the target is a dashed line and the baseline a dotted one, each labelled in words, and every reported
 * value is a labelled marker. All colours have a contrast of at least 3:1 on white. The chart is an image with a
 * text alternative; the data table beside it has the same numbers.
 */
final class ChartSvg {

	static final int WIDTH = 320;

	static final int HEIGHT = 170;

	private static final int LEFT = 12;

	private static final int RIGHT = 308;

	private static final int TOP = 22;

	private static final int BOTTOM = 140;

	private static final String INK = "#0b0c0c"; // 19.8:1 on white

	private static final String BLUE = "#1d70b8"; // 5.2:1

	private static final String GREY = "#505a5f"; // 7.0:1

	private ChartSvg() {
	}

	/** A reported value: its label under the axis (a date) and above the marker (the value). */
	record Point(BigDecimal value, String dateLabel, String valueLabel) {
	}

	/**
	 * @param id unique on the page, for the title and description elements
	 * @param title the chart's short name, e.g. the indicator's name
	 * @param description the text alternative: everything the chart shows, in words
	 */
	static String render(String id, String title, String description, BigDecimal baseline, String baselineLabel,
			BigDecimal target, String targetLabel, List<Point> points) {
		BigDecimal low = baseline.min(target);
		BigDecimal high = baseline.max(target);
		for (Point p : points) {
			low = low.min(p.value());
			high = high.max(p.value());
		}
		double min = low.doubleValue();
		double max = high.doubleValue();
		if (max - min < 1e-9) {
			max = min + 1;
		}
		double span = max - min;
		min -= span * 0.05;
		max += span * 0.05;
		StringBuilder svg = new StringBuilder(1600);
		svg.append("<svg class=\"ap-chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ')
			.append(HEIGHT).append("\" role=\"img\" aria-labelledby=\"").append(id).append("-t ").append(id).append("-d\">")
			.append("<title id=\"").append(id).append("-t\">").append(escape(title)).append("</title>")
			.append("<desc id=\"").append(id).append("-d\">").append(escape(description)).append("</desc>")
			.append("<rect x=\"0\" y=\"0\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT)
			.append("\" fill=\"#ffffff\"/>")
			.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(BOTTOM).append("\" x2=\"").append(RIGHT)
			.append("\" y2=\"").append(BOTTOM).append("\" stroke=\"").append(INK).append("\" stroke-width=\"1\"/>");
		// reference lines with their words at the right end
		double yTarget = y(target.doubleValue(), min, max);
		double yBaseline = y(baseline.doubleValue(), min, max);
		boolean targetAbove = yTarget <= yBaseline;
		line(svg, yTarget, BLUE, "6 4", 2);
		label(svg, RIGHT, yTarget + (targetAbove ? -4 : 12), "end", BLUE, targetLabel, true);
		line(svg, yBaseline, GREY, "2 3", 1.5);
		// the baseline's words go on the side away from the target, unless that side is the axis with its dates
		boolean baselineBelow = targetAbove ? yBaseline + 12 < BOTTOM - 2 : yBaseline - 4 < TOP;
		label(svg, RIGHT, yBaseline + (baselineBelow ? 12 : -4), "end", GREY, baselineLabel, false);
		int n = points.size();
		if (n > 0) {
			double step = n == 1 ? 0 : (RIGHT - LEFT - 40) / (double) (n - 1);
			StringBuilder path = new StringBuilder();
			for (int i = 0; i < n; i++) {
				double x = n == 1 ? (LEFT + RIGHT) / 2.0 : LEFT + 20 + i * step;
				double y = y(points.get(i).value().doubleValue(), min, max);
				path.append(i == 0 ? "" : " ").append(num(x)).append(',').append(num(y));
			}
			if (n > 1) {
				svg.append("<polyline points=\"").append(path).append("\" fill=\"none\" stroke=\"").append(INK)
					.append("\" stroke-width=\"2\"/>");
			}
			// a label under the axis for the first and the last point, and for all of them when they fit
			boolean allDates = n <= 4;
			for (int i = 0; i < n; i++) {
				double x = n == 1 ? (LEFT + RIGHT) / 2.0 : LEFT + 20 + i * step;
				double y = y(points.get(i).value().doubleValue(), min, max);
				svg.append("<circle cx=\"").append(num(x)).append("\" cy=\"").append(num(y))
					.append("\" r=\"4\" fill=\"").append(INK).append("\"/>");
				if (i == n - 1 || allDates) {
					label(svg, x, Math.max(12, y - 8), "middle", INK, points.get(i).valueLabel(), true);
				}
				if (allDates || i == 0 || i == n - 1) {
					label(svg, x, BOTTOM + 16, "middle", INK, points.get(i).dateLabel(), false);
				}
			}
		}
		return svg.append("</svg>").toString();
	}

	private static void line(StringBuilder svg, double y, String colour, String dashes, double width) {
		svg.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(num(y)).append("\" x2=\"").append(RIGHT)
			.append("\" y2=\"").append(num(y)).append("\" stroke=\"").append(colour).append("\" stroke-width=\"")
			.append(num(width)).append("\" stroke-dasharray=\"").append(dashes).append("\"/>");
	}

	private static void label(StringBuilder svg, double x, double y, String anchor, String colour, String text,
			boolean bold) {
		svg.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" text-anchor=\"")
			.append(anchor).append("\" font-size=\"11\" fill=\"").append(colour).append('"')
			.append(bold ? " font-weight=\"bold\"" : "").append('>').append(escape(text)).append("</text>");
	}

	private static double y(double value, double min, double max) {
		return BOTTOM - (value - min) / (max - min) * (BOTTOM - TOP);
	}

	private static String num(double value) {
		return String.format(Locale.ROOT, "%.1f", value);
	}

	static String escape(String text) {
		StringBuilder out = new StringBuilder(text.length() + 8);
		for (char c : text.toCharArray()) {
			switch (c) {
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '&' -> out.append("&amp;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&#39;");
				default -> {
					if (c >= 0x20 || c == '\n' || c == '\t') {
						out.append(c);
					}
				}
			}
		}
		return out.toString();
	}
}
