package cn.shegong.evaluation.callback.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The callbacks of one evaluation, keyed by the evaluation's id. Phones are stored sealed
 * only; the seed and the sorted population let anyone draw the sample again.
 */
@Document(CallbackDocument.COLLECTION)
record CallbackDocument(@Id String id, List<RecordDocument> records, Long seed, List<String> population,
		List<String> chosen, String drawnBy, Instant drawnAt, List<OutcomeDocument> outcomes, @Version Long version) {

	static final String COLLECTION = "callback_checks";

	/** One service record with its phone sealed (AES-GCM). */
	record RecordDocument(String beneficiaryId, LocalDate serviceDate, String serviceType, String summary,
			String sealedPhone) {
	}

	record OutcomeDocument(String beneficiaryId, String result, LocalDate calledOn, String note) {
	}

}
