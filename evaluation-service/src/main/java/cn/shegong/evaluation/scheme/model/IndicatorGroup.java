package cn.shegong.evaluation.scheme.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A level-1 or level-2 indicator (一级/二级指标) whose children share its weight.
 *
 * @param code unique in the scheme, e.g. {@code 1.2}
 * @param name its Chinese name
 * @param weight its share of the scheme's total
 * @param children the indicators one level down
 */
public record IndicatorGroup(String code, String name, BigDecimal weight,
		List<Indicator> children) implements Indicator {

	public IndicatorGroup {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(weight, "weight");
		children = List.copyOf(children);
	}

	public static IndicatorGroup of(String code, String name, String weight, Indicator... children) {
		return new IndicatorGroup(code, name, new BigDecimal(weight), List.of(children));
	}

}
