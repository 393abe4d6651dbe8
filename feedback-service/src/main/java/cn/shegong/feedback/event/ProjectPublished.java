package cn.shegong.feedback.event;

import java.time.LocalDate;

/**
 * Feedback's own copy of the fields it reads from {@code procurement.ProjectPublished} v1
 * (schema in src/test/resources/consumed/); other fields are ignored.
 */
public record ProjectPublished(String projectId, String buyerId, String regionCode, String title, LocalDate termFrom,
		LocalDate termTo) {

}
