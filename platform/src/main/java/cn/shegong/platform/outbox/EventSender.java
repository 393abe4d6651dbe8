package cn.shegong.platform.outbox;

/**
 * The relay's way out to the broker. Returns only once the broker has acknowledged the
 * event.
 */
public interface EventSender {

	void send(PendingEvent event) throws EventNotSentException;

	class EventNotSentException extends Exception {

		public EventNotSentException(String message, Throwable cause) {
			super(message, cause);
		}

	}

}
