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

}
