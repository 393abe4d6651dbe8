package cn.shegong.evaluation.figure.model;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What an agency reported delivering over one period, by the name its contract target
 * would carry: counts accumulate over the term, shares (names ending in {@code Bp}, in
 * basis points) hold for the period as they are.
 */
public record ReportedVolumes(LocalDate periodFrom, LocalDate periodTo, Map<String, Long> volumes) {

	public ReportedVolumes {
		Objects.requireNonNull(periodFrom, "periodFrom");
		Objects.requireNonNull(periodTo, "periodTo");
		volumes = Collections.unmodifiableMap(new LinkedHashMap<>(volumes));
	}

	static boolean isShare(String name) {
		return name.endsWith("Bp");
	}

}
