package cn.shegong.feedback.grouping.model;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.data.Offset.offset;

class MinHashTest {

	private final MinHash minHash = new MinHash(128, GroupingPolicy.SEED);

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			活动室周末不开门，上班族用不上|周末活动室关门，我们上班的用不上
			厕所太脏了，味道很大，没人打扫|卫生间太脏，有异味，长时间无人打扫
			电话一直打不通，打了一上午都是忙音|社工站的电话一直打不通，打了一上午都是忙音，到底有没有人
			助餐饭菜太咸|空调开得太冷了
			""")
	void theEstimateIsCloseToTheExactJaccard(String first, String second) {
		Set<String> a = ComplaintText.of(first).allShingles();
		Set<String> b = ComplaintText.of(second).allShingles();
		double estimate = MinHash.estimate(this.minHash.signature(a), this.minHash.signature(b));
		assertThat(estimate).isCloseTo(Similarity.jaccard(a, b), offset(0.1));
	}

	@Test
	void identicalSetsHaveIdenticalSignatures() {
		Set<String> shingles = ComplaintText.of("空调坏了不制冷").allShingles();
		assertThat(MinHash.estimate(this.minHash.signature(shingles), this.minHash.signature(Set.copyOf(shingles))))
			.isEqualTo(1);
	}

	@Test
	void theSameSeedGivesTheSameSignatureInEveryInstance() {
		Set<String> shingles = ComplaintText.of("托管名额太少").allShingles();
		assertThat(new MinHash(128, 7).signature(shingles)).isEqualTo(new MinHash(128, 7).signature(shingles))
			.isNotEqualTo(new MinHash(128, 8).signature(shingles));
	}

	@Test
	void signaturesOfDifferentLengthsCannotBeCompared() {
		assertThatIllegalArgumentException().isThrownBy(() -> MinHash.estimate(new long[2], new long[3]));
	}

	@Test
	void aSignatureNeedsAtLeastOneHash() {
		assertThatIllegalArgumentException().isThrownBy(() -> new MinHash(0, 1));
		assertThat(new MinHash(1, 1).hashes()).isEqualTo(1);
	}

}
