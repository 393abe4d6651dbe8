package cn.shegong.evaluation.scheme.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.dao.OptimisticLockingFailureException;

import cn.shegong.evaluation.scheme.model.DefaultSchemes;
import cn.shegong.evaluation.scheme.model.GradeBands;
import cn.shegong.evaluation.scheme.model.IndicatorScheme;
import cn.shegong.evaluation.scheme.model.SchemeDraft;
import cn.shegong.evaluation.scheme.model.SchemeSettings;
import cn.shegong.evaluation.scheme.persistence.PublishedSchemes;
import cn.shegong.evaluation.scheme.persistence.StoredScheme;
import cn.shegong.platform.test.ServiceIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Shipping the default schemes is safe to repeat, also from several instances at once; a
 * publication decided on a history someone else has since extended is refused.
 */
@ServiceIntegrationTest
class ShippedSchemesIT {

	@Autowired
	ShippedSchemes shipped;

	@Autowired
	PublishedSchemes schemes;

	@Autowired
	SchemeCatalog catalog;

	@Test
	void startingAgainAndAtOnceStoresEachShippedSchemeOnce() {
		CompletableFuture<?>[] starts = IntStream.range(0, 4)
			.mapToObj((i) -> CompletableFuture.runAsync(() -> this.shipped.run(new DefaultApplicationArguments())))
			.toArray(CompletableFuture[]::new);
		CompletableFuture.allOf(starts).join();
		this.shipped.run(new DefaultApplicationArguments());

		StoredScheme township = this.schemes.find(DefaultSchemes.TOWNSHIP_STATION).orElseThrow();
		assertThat(township.history().versions()).containsExactly(DefaultSchemes.townshipStation());
		assertThat(this.schemes.find(ShippedSchemes.ZHANJIANG_STYLE).orElseThrow().history().versions())
			.containsExactly(ShippedSchemes.zhanjiangStyle());
	}

	@Test
	void ofInstancesStoringANewSchemeAtOnceExactlyOneStoresIt() {
		IndicatorScheme first = draftOf("city-" + UUID.randomUUID()).publishAs(1);

		long stored = IntStream.range(0, 6)
			.mapToObj((i) -> CompletableFuture.supplyAsync(() -> this.schemes.insertIfAbsent(first, Instant.now())))
			.toList()
			.stream()
			.map(CompletableFuture::join)
			.filter(Boolean::booleanValue)
			.count();

		assertThat(stored).isEqualTo(1);
		assertThat(this.schemes.find(first.id()).orElseThrow().history().versions()).containsExactly(first);
	}

	@Test
	void aPublicationOnAStaleReadIsRefusedAndChangesNothing() {
		SchemeDraft draft = draftOf("city-" + UUID.randomUUID());
		this.catalog.publish(draft);
		Optional<StoredScheme> readBeforeAnother = this.schemes.find(draft.id());
		this.catalog.publish(draft);
		IndicatorScheme third = readBeforeAnother.get().history().publish(draft).latest();

		assertThatThrownBy(() -> this.schemes.append(readBeforeAnother, third, Instant.now()))
			.isInstanceOf(OptimisticLockingFailureException.class);
		assertThat(this.catalog.scheme(draft.id()).history().versions()).extracting(IndicatorScheme::version)
			.containsExactly(1, 2);
	}

	@Test
	void twoFirstPublicationsOfTheSameSchemeCannotBothWin() {
		SchemeDraft draft = draftOf("city-" + UUID.randomUUID());
		this.catalog.publish(draft);

		assertThatThrownBy(() -> this.schemes.append(Optional.empty(), draft.publishAs(1), Instant.now()))
			.isInstanceOf(OptimisticLockingFailureException.class);
		assertThat(this.catalog.scheme(draft.id()).history().versions()).hasSize(1);
	}

	@Test
	void publishingLeavesEveryEarlierVersionExactlyAsItWas() {
		SchemeDraft first = draftOf("city-" + UUID.randomUUID());
		IndicatorScheme versionOne = this.catalog.publish(first).history().latest();
		SchemeSettings settings = first.settings();
		SchemeDraft otherBands = new SchemeDraft(first.id(), "更严格",
				new SchemeSettings(settings.total(), settings.levels(), settings.split(), settings.rounding(),
						new GradeBands(BigDecimal.valueOf(95), BigDecimal.valueOf(85), BigDecimal.valueOf(70)),
						settings.composite(), settings.spreadLimit(), false),
				first.roots());

		StoredScheme after = this.catalog.publish(otherBands);

		assertThat(after.history().version(1)).isEqualTo(versionOne);
		assertThat(after.history().version(2).settings().bands().excellentFrom()).isEqualByComparingTo("95");
		assertThat(this.catalog.version(first.id(), 1)).isEqualTo(versionOne);
	}

	private static SchemeDraft draftOf(String schemeId) {
		SchemeDraft township = DefaultSchemes.townshipStationDraft();
		return new SchemeDraft(schemeId, township.name(), township.settings(), township.roots());
	}

}
