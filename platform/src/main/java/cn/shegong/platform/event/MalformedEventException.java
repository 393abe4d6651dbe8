package cn.shegong.platform.event;

/**
 * A message that no retry can fix: it goes to the consumer's dead-letter topic at once.
 */
public class MalformedEventException extends RuntimeException {

	public MalformedEventException(String message, Throwable cause) {
		super(message, cause);
	}

}
