package cn.shegong.procurement.audit.model;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.shegong.procurement.audit.model.AuditEntry.FieldChange;

import static org.assertj.core.api.Assertions.assertThat;

class ChangesTest {

	@Test
	void onlyFieldsThatDifferAreRecordedInNameOrder() {
		Map<String, Object> before = Map.of("status", "DRAFT", "title", "社工站", "priceFen", 100);
		Map<String, Object> after = Map.of("status", "PUBLISHED", "title", "社工站", "priceFen", 100);

		assertThat(Changes.between(before, after)).containsExactly(new FieldChange("status", "DRAFT", "PUBLISHED"));
	}

	@Test
	void aFieldThatAppearsOrDisappearsIsAChangeFromOrToNothing() {
		Map<String, Object> before = new HashMap<>(Map.of("deadline", "2027-01-20"));
		Map<String, Object> after = Map.of("awardedTo", "agency-maqiao");

		assertThat(Changes.between(before, after)).containsExactly(new FieldChange("awardedTo", null, "agency-maqiao"),
				new FieldChange("deadline", "2027-01-20", null));
	}

}
