package cn.shegong.platform.event;

import java.util.regex.Pattern;

/**
 * A stable event name and its schema version, decoupled from any class name. Names read
 * {@code <service>.<PastTenseFact>}, e.g. {@code procurement.ContractAwarded}.
 */
public record EventType(String name, int version) {

	private static final Pattern NAME = Pattern.compile("[a-z]+\\.[A-Z][A-Za-z]+");

	public EventType {
		if (name == null || !NAME.matcher(name).matches()) {
			throw new IllegalArgumentException("event type name must read <service>.<PastTenseFact>, was " + name);
		}
		if (version < 1) {
			throw new IllegalArgumentException("event version must be 1 or more, was " + version);
		}
	}

	public static EventType of(String name, int version) {
		return new EventType(name, version);
	}

}
