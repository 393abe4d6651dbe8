package cn.shegong.e2e;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Projects through the gateway with real tokens: who may draft, see and publish them. */
@ExtendWith(LocalPlatform.class)
class ProcurementProjectsIT {

	private static final String PROJECT = """
			{"buyerId":"buyer-330481-maqiao","title":"马桥街道社会工作服务站运营项目","projectType":"CORE",
			 "serviceArea":"马桥街道","budgetLines":[{"category":"PERSONNEL","amountYuan":"330000.00"},
			 {"category":"ACTIVITIES","amountYuan":"150000.00"}],
			 "termFrom":"2027-01-01","termTo":"2027-12-31","catalogueCode":"C090101"}""";

	private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@Test
	void anOfficerPublishesAProjectOfTheirRegionAndOthersAreRefusedWithProblems() throws Exception {
		Http.Response drafted = post("/api/procurement/projects", PROJECT, "officer.haining");
		assertThat(drafted.status()).as(drafted.body()).isEqualTo(201);
		JsonNode project = drafted.json();
		String id = project.get("id").asString();

		Http.Response otherRegion = Http.get(LocalPlatform.GATEWAY + "/api/procurement/projects/" + id,
				KeycloakTokens.of("officer.tongxiang"));
		Http.Response agency = post("/api/procurement/projects", PROJECT, "staff.maqiao");
		Http.Response unpublishable = post("/api/procurement/projects/" + id + "/publication",
				"{\"version\":" + project.get("version").asLong() + "}", "officer.haining");

		assertThat(otherRegion.status()).isEqualTo(404);
		assertThat(otherRegion.json().get("rule").asString()).isEqualTo("project-not-found");
		assertThat(agency.status()).isEqualTo(403);
		assertThat(unpublishable.status()).isEqualTo(422);
		assertThat(unpublishable.json().get("rule").asString()).isEqualTo("budget-not-approved");

		Http.Response approved = post("/api/procurement/projects/" + id + "/budget-approval",
				"{\"version\":" + project.get("version").asLong() + "}", "officer.haining");
		Http.Response published = post("/api/procurement/projects/" + id + "/publication",
				"{\"version\":" + approved.json().get("version").asLong() + "}", "officer.haining");

		assertThat(published.status()).as(published.body()).isEqualTo(200);
		assertThat(published.json().get("status").asString()).isEqualTo("PUBLISHED");
	}

	private static Http.Response post(String path, String body, String user) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(LocalPlatform.GATEWAY + path))
			.timeout(Duration.ofSeconds(30))
			.header("Authorization", "Bearer " + KeycloakTokens.of(user))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
		return new Http.Response(response.statusCode(), response.body(),
				response.headers().firstValue("Content-Type").orElse(""),
				response.headers().firstValue("X-Request-Id").orElse(""),
				response.headers().firstValue("Retry-After").orElse(""));
	}

}
