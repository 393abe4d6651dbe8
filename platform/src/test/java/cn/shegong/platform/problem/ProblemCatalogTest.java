package cn.shegong.platform.problem;

import java.net.URI;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ProblemCatalogTest {

	private final ProblemCatalog catalog = new ProblemCatalog(URI.create("https://shegong.cn/problems/"));

	@Test
	void problemTypeNamesTheRuleUnderTheConfiguredBase() {
		ProblemDetail problem = this.catalog
			.problem(ProblemException.ruleViolated("bidding-period-too-short", "too short"), Locale.ENGLISH);

		assertThat(problem.getType()).hasToString("https://shegong.cn/problems/bidding-period-too-short");
		assertThat(problem.getProperties()).containsEntry("rule", "bidding-period-too-short");
		assertThat(problem.getStatus()).isEqualTo(422);
	}

	@Test
	void eachKindOfRefusalHasItsOwnStatus() {
		assertThat(ProblemCatalog.statusOf(ProblemException.Kind.RULE_VIOLATED))
			.isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(ProblemCatalog.statusOf(ProblemException.Kind.NOT_FOUND)).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(ProblemCatalog.statusOf(ProblemException.Kind.CONFLICT)).isEqualTo(HttpStatus.CONFLICT);
		assertThat(ProblemCatalog.statusOf(ProblemException.Kind.FORBIDDEN)).isEqualTo(HttpStatus.FORBIDDEN);
	}

	@Test
	void sharedProblemsSpeakChineseByDefaultAndEnglishOnRequest() {
		ProblemDetail chinese = this.catalog.problem(ProblemException.conflict("stale-version", "changed"),
				ProblemCatalog.DEFAULT_LOCALE);
		ProblemDetail english = this.catalog.problem(ProblemException.conflict("stale-version", "changed"),
				Locale.ENGLISH);

		assertThat(chinese.getTitle()).isEqualTo("记录已被他人修改");
		assertThat(english.getTitle()).isEqualTo("Changed by someone else");
	}

	@Test
	void ruleWithoutATranslationFallsBackToTheDetailItWasThrownWith() {
		ProblemDetail problem = this.catalog.problem(
				ProblemException.ruleViolated("price-weight-out-of-range", "price weight 5% is below 10%"),
				Locale.ENGLISH);

		assertThat(problem.getDetail()).isEqualTo("price weight 5% is below 10%");
	}

	@Test
	void ruleMustBeALowerCaseSlug() {
		assertThatIllegalArgumentException().isThrownBy(() -> ProblemException.ruleViolated("Bad Rule", "x"));
	}

}
