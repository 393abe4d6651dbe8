package cn.shegong.evaluation.scheme.persistence;

import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One scheme and its published versions, oldest first. Versions are only ever appended
 * ({@code $push}) under the document's version, so an earlier one is never rewritten and
 * two concurrent publications cannot both become the same version.
 */
@Document(SchemeDocument.COLLECTION)
record SchemeDocument(@Id String id, List<SchemeVersionDocument> versions, @Version Long version) {

	static final String COLLECTION = "schemes";

}
