package cn.shegong.platform.test;

import java.io.InputStream;
import java.util.List;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks event JSON against the JSON Schemas producers publish. Consumers prove they can
 * read a producer's events by reading its schema and example payloads, never by sharing
 * its classes.
 */
public final class EventSchemas {

	private static final SchemaRegistry REGISTRY = SchemaRegistry
		.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private EventSchemas() {
	}

	/**
	 * The envelope every event shares: {@code schemas/event-envelope.schema.json} in the
	 * platform jar.
	 */
	public static List<String> envelopeViolations(String eventJson) {
		return violations(EventSchemas.class.getResourceAsStream("/schemas/event-envelope.schema.json"), eventJson);
	}

	public static List<String> violations(InputStream schema, String json) {
		if (schema == null) {
			throw new IllegalArgumentException("schema not found");
		}
		Schema compiled = REGISTRY.getSchema(schema);
		return compiled.validate(JSON.readTree(json)).stream().map(Error::toString).toList();
	}

}
