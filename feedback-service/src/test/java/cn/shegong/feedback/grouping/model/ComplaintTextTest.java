package cn.shegong.feedback.grouping.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ComplaintTextTest {

	@Test
	void fullWidthLatinAndDigitsBecomeHalfWidthLowerCase() {
		assertThat(ComplaintText.normalise("ＷＩＦＩ连不上１２３")).isEqualTo("wifi连不上123");
	}

	@Test
	void punctuationAndWhitespaceAreDropped() {
		assertThat(ComplaintText.normalise("电话 打不通！！？，。…（真的）")).isEqualTo("电话打不通真");
	}

	@Test
	void functionWordsAndStaffBoilerplateAreDropped() {
		assertThat(ComplaintText.normalise("来电人反映：我们的活动室非常吵了")).isEqualTo("活动室吵");
	}

	@Test
	void negationsStaySoThatOpenAndClosedDiffer() {
		assertThat(ComplaintText.normalise("周末不开门，没人在")).isEqualTo("周末不开门没人在");
	}

	@Test
	void shinglesAreOverlappingBigramsAndTrigrams() {
		ComplaintText text = ComplaintText.of("厕所很臭");
		assertThat(text.bigrams()).containsExactly("厕所", "所臭");
		assertThat(text.trigrams()).containsExactly("厕所臭");
	}

	@Test
	void aTextShorterThanAShingleIsItsOwnShingle() {
		ComplaintText text = ComplaintText.of("臭！");
		assertThat(text.bigrams()).containsExactly("臭");
		assertThat(text.trigrams()).containsExactly("臭");
	}

	@Test
	void aTextOfOnlyPunctuationHasNoShingles() {
		assertThat(ComplaintText.of("？！。").allShingles()).isEmpty();
	}

}
