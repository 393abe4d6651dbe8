package cn.shegong.feedback.grouping.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class LshIndexTest {

	@Test
	void entriesSharingOneBandAreCandidates() {
		LshIndex<String> index = new LshIndex<>(2);
		index.add("same first band", new long[] { 1, 2, 9, 9 });
		index.add("nothing shared", new long[] { 5, 6, 7, 8 });
		assertThat(index.candidates(new long[] { 1, 2, 3, 4 })).containsExactly("same first band");
	}

	@Test
	void aBandMatchesOnlyWhenAllItsRowsAgree() {
		LshIndex<String> index = new LshIndex<>(2);
		index.add("one row of each band", new long[] { 1, 0, 3, 0 });
		assertThat(index.candidates(new long[] { 1, 2, 3, 4 })).isEmpty();
	}

	@Test
	void theSameRowsInDifferentBandsDoNotMatch() {
		LshIndex<String> index = new LshIndex<>(2);
		index.add("rows swapped between bands", new long[] { 3, 4, 1, 2 });
		assertThat(index.candidates(new long[] { 1, 2, 3, 4 })).isEmpty();
	}

	@Test
	void bandsMustCutTheSignatureEvenly() {
		LshIndex<String> index = new LshIndex<>(3);
		assertThatIllegalArgumentException().isThrownBy(() -> index.add("x", new long[4]));
		assertThatIllegalArgumentException().isThrownBy(() -> new LshIndex<String>(0));
	}

}
