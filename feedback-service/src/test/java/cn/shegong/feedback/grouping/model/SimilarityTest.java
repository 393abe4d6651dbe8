package cn.shegong.feedback.grouping.model;

import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.data.Offset.offset;

class SimilarityTest {

	@Test
	void jaccardIsSharedOverAll() {
		assertThat(Similarity.jaccard(Set.of("a", "b", "c"), Set.of("b", "c", "d"))).isEqualTo(0.5);
	}

	@Test
	void disjointSetsScoreZeroAndEqualSetsOne() {
		assertThat(Similarity.jaccard(Set.of("a"), Set.of("b"))).isZero();
		assertThat(Similarity.jaccard(Set.of("a", "b"), Set.of("b", "a"))).isEqualTo(1);
	}

	@Test
	void theBlendWeighsBigramsAgainstTrigrams() {
		ComplaintText a = ComplaintText.of("电话打不通");
		ComplaintText b = ComplaintText.of("电话打不了");
		double bigrams = Similarity.jaccard(a.bigrams(), b.bigrams());
		double trigrams = Similarity.jaccard(a.trigrams(), b.trigrams());
		assertThat(new Similarity(1).between(a, b)).isEqualTo(bigrams);
		assertThat(new Similarity(0).between(a, b)).isEqualTo(trigrams);
		assertThat(new Similarity(0.25).between(a, b)).isCloseTo(0.25 * bigrams + 0.75 * trigrams, offset(1e-12));
	}

	@Test
	void aWeightOutsideZeroToOneIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Similarity(1.01));
		assertThatIllegalArgumentException().isThrownBy(() -> new Similarity(-0.01));
		assertThatIllegalArgumentException().isThrownBy(() -> new Similarity(Double.NaN));
	}

	@Test
	void sharedKeyTermsRaiseTheScoreOfWordingsWithFewCharactersInCommon() {
		ComplaintText toilet = ComplaintText.of("厕所脏得没法进", Synonyms.COMMUNITY_SERVICE);
		ComplaintText washroom = ComplaintText.of("洗手间不干净", Synonyms.COMMUNITY_SERVICE);
		assertThat(new Similarity(0.7, 0.5).between(toilet, washroom))
			.isGreaterThan(new Similarity(0.7, 0).between(toilet, washroom));
	}

	@Test
	void aTextWithoutKeyTermsGainsNothingFromThem() {
		ComplaintText a = ComplaintText.of("一二三四", Synonyms.COMMUNITY_SERVICE);
		ComplaintText b = ComplaintText.of("一二三五", Synonyms.COMMUNITY_SERVICE);
		assertThat(Similarity.keyTermJaccard(a, b)).isZero();
		assertThat(new Similarity(1, 0.5).between(a, b)).isCloseTo(0.5 * new Similarity(1).between(a, b),
				offset(1e-12));
	}

	@Test
	void aKeyTermWeightOutsideZeroToOneIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Similarity(0.5, 1.01));
		assertThat(new Similarity(0.5, 1).keyTermWeight()).isEqualTo(1);
	}

}
