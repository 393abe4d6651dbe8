package cn.shegong.feedback.grouping.model;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

class ShingleRarityTest {

	@Test
	void aShingleInEveryTextWeighsLessThanARareOne() {
		ShingleRarity rarity = ShingleRarity
			.over(List.of(ComplaintText.of("活动室漏水"), ComplaintText.of("活动室太吵"), ComplaintText.of("活动室太冷")));
		assertThat(rarity.weight("活动")).isLessThan(rarity.weight("漏水"));
		assertThat(rarity.weight("活动")).isPositive();
	}

	@Test
	void uniformWeightsGiveThePlainJaccard() {
		Set<String> a = Set.of("a", "b", "c");
		Set<String> b = Set.of("b", "c", "d");
		assertThat(ShingleRarity.UNIFORM.jaccard(a, b)).isEqualTo(Similarity.jaccard(a, b));
	}

	@Test
	void sharingOnlyACommonShingleScoresLowerWeightedThanPlain() {
		ShingleRarity rarity = ShingleRarity.over(List.of(ComplaintText.of("活动室漏水"), ComplaintText.of("活动室太吵"),
				ComplaintText.of("活动室太冷"), ComplaintText.of("活动室没灯")));
		Set<String> noisy = ComplaintText.of("活动室太吵").bigrams();
		Set<String> leaking = ComplaintText.of("活动室漏水").bigrams();
		assertThat(rarity.jaccard(noisy, leaking)).isLessThan(Similarity.jaccard(noisy, leaking));
		assertThat(rarity.jaccard(noisy, noisy)).isCloseTo(1, offset(1e-12));
	}

}
