package cn.shegong.procurement.audit;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import cn.shegong.platform.test.ServiceIntegrationTest;
import cn.shegong.platform.test.Tokens;
import cn.shegong.procurement.audit.model.AuditEntry.AuditedObject;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ServiceIntegrationTest
class AuditTrailIT {

	@Autowired
	AuditLog auditLog;

	@Autowired
	MockMvc mvc;

	@Test
	void anOfficerReadsWhoChangedWhatAndWhyOldestFirst() throws Exception {
		AuditedObject tender = new AuditedObject(AuditedObject.Kind.TENDER, "tdr-audit-1");
		this.auditLog.record(tender, "officer.haining", "publish", Map.of("status", "DRAFT"),
				Map.of("status", "PUBLISHED"), "notice approved");
		this.auditLog.record(tender, "officer.haining", "cancel", Map.of("status", "PUBLISHED"),
				Map.of("status", "CANCELLED"), "budget withdrawn by the finance bureau");

		this.mvc.perform(get("/api/procurement/audit/tender/tdr-audit-1").with(Tokens.officer("330481")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(2))
			.andExpect(jsonPath("$[0].action").value("publish"))
			.andExpect(jsonPath("$[0].changes[0].after").value("PUBLISHED"))
			.andExpect(jsonPath("$[1].reason").value("budget withdrawn by the finance bureau"));
	}

	@Test
	void anAgencyCannotReadTheAuditTrail() throws Exception {
		this.mvc.perform(get("/api/procurement/audit/tender/tdr-audit-1").with(Tokens.agencyStaff("agency-maqiao")))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.rule").value("forbidden"));
	}

	@Test
	void anUnknownKindOfRecordIsAProblemNotAnError() throws Exception {
		this.mvc.perform(get("/api/procurement/audit/invoice/x").with(Tokens.officer("330481")))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.rule").value("unknown-audited-kind"));
	}

}
