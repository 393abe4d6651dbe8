package cn.shegong.evaluation.scheme.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import cn.shegong.platform.problem.ProblemException;

class SchemeHistoryTest {

	private final SchemeDraft first = Schemes.draft(SchemeSettings.defaults(), Schemes.smallTree());

	@Test
	void publishingAppendsTheNextVersionAndLeavesTheEarlierOneAsItWas() {
		SchemeHistory once = SchemeHistory.empty("test-scheme").publish(this.first);
		IndicatorScheme versionOne = once.version(1);
		SchemeDraft renamed = new SchemeDraft("test-scheme", "改版", SchemeSettings.defaults(), Schemes.smallTree());

		SchemeHistory twice = once.publish(renamed);

		assertThat(twice.latest().ref()).isEqualTo(new SchemeRef("test-scheme", 2));
		assertThat(twice.version(1)).isEqualTo(versionOne);
		assertThat(twice.version(1).name()).isEqualTo("测试指标体系");
	}

	@Test
	void anUnpublishedVersionIsNotFound() {
		SchemeHistory once = SchemeHistory.empty("test-scheme").publish(this.first);

		assertThatThrownBy(() -> once.version(2)).isInstanceOf(ProblemException.class)
			.extracting("rule")
			.isEqualTo("scheme-version-not-found");
		assertThatThrownBy(() -> SchemeHistory.empty("x").latest()).extracting("rule")
			.isEqualTo("scheme-version-not-found");
	}

	@Test
	void aDraftOfAnotherSchemeIsRefused() {
		SchemeDraft other = new SchemeDraft("other", "其他", SchemeSettings.defaults(), Schemes.smallTree());

		assertThatThrownBy(() -> SchemeHistory.empty("test-scheme").publish(other)).extracting("rule")
			.isEqualTo("scheme-id-mismatch");
	}

	@Test
	void anInvalidDraftIsRefusedAndPublishesNothing() {
		SchemeHistory once = SchemeHistory.empty("test-scheme").publish(this.first);
		SchemeDraft broken = new SchemeDraft("test-scheme", "坏", SchemeSettings.defaults(),
				List.of(IndicatorGroup.of("1", "x", "100")));

		assertThatThrownBy(() -> once.publish(broken)).isInstanceOf(ProblemException.class);
		assertThat(once.versions()).hasSize(1);
	}

}
