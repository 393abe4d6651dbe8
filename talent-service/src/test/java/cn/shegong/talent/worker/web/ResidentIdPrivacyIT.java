package cn.shegong.talent.worker.web;

import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.web.servlet.MockMvc;

import cn.shegong.platform.test.ServiceIntegrationTest;
import cn.shegong.platform.test.Tokens;
import cn.shegong.talent.worker.model.ResidentId;
import cn.shegong.talent.worker.model.ResidentIds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ServiceIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class ResidentIdPrivacyIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	MongoTemplate mongo;

	@Test
	void theClearResidentIdNeverAppearsInTheStoreInResponsesOrInTheLogs(CapturedOutput output) throws Exception {
		WorkerApi api = new WorkerApi(this.mvc);
		String agency = "agency-" + UUID.randomUUID();
		String number = ResidentIds.fresh();
		String seventeenDigits = number.substring(0, 17);

		String created = api.register(Tokens.agencyHr(agency), "张敏", number)
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String id = com.jayway.jsonpath.JsonPath.read(created, "$.id");
		String read = this.mvc.perform(get("/api/talent/workers/{id}", id).with(Tokens.agencyHr(agency)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String duplicate = api.register(Tokens.agencyHr(agency), "张敏", number)
			.andExpect(status().isConflict())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String wrongCheck = ResidentIds.withWrongCheckDigit(number);
		String refused = api.register(Tokens.agencyHr(agency), "张敏", wrongCheck)
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Document stored = this.mongo.findOne(Query.query(Criteria.where("_id").is(id)), Document.class, "workers");

		assertThat(stored).isNotNull();
		assertThat(stored.toJson()).contains(ResidentId.mask(number)).doesNotContain(seventeenDigits);
		assertThat(created).contains(ResidentId.mask(number)).doesNotContain(seventeenDigits);
		assertThat(read).contains(ResidentId.mask(number)).doesNotContain(seventeenDigits);
		assertThat(duplicate).contains("worker-already-registered").doesNotContain(seventeenDigits);
		assertThat(refused).contains("resident-id-check-digit-invalid").doesNotContain(seventeenDigits);
		assertThat(output.getAll()).contains(id).doesNotContain(seventeenDigits);
	}

}
