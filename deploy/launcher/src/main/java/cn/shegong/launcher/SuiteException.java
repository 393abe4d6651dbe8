package cn.shegong.launcher;

/**
 * A failure the person at the terminal can act on; its message is one line that says what
 * to do.
 */
public class SuiteException extends RuntimeException {

	public SuiteException(String message) {
		super(message);
	}

	public SuiteException(String message, Throwable cause) {
		super(message, cause);
	}

}
