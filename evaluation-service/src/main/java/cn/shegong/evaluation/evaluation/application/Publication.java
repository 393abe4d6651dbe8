package cn.shegong.evaluation.evaluation.application;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Where and when a final result was made public (信息公开), and by whom.
 *
 * @param reference the notice's number or address on that channel
 * @param late whether it came after the day publication was due
 */
public record Publication(String channel, String reference, String recordedBy, LocalDate publishedOn, boolean late) {

	public Publication {
		Objects.requireNonNull(channel, "channel");
		Objects.requireNonNull(reference, "reference");
		Objects.requireNonNull(publishedOn, "publishedOn");
	}

}
