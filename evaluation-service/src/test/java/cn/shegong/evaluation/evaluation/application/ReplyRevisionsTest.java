package cn.shegong.evaluation.evaluation.application;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.shegong.evaluation.evaluation.application.ReplyRevisions.RevisedLeaf;
import cn.shegong.evaluation.evaluation.model.ConsolidatedResult;
import cn.shegong.evaluation.scheme.model.Grade;
import cn.shegong.evaluation.scoring.model.CompositeResult;
import cn.shegong.evaluation.scoring.model.FinanceCheck;
import cn.shegong.platform.problem.ProblemException;

import static cn.shegong.evaluation.evaluation.application.RoleSheetsTest.DAY;
import static cn.shegong.evaluation.evaluation.application.RoleSheetsTest.SCHEME;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReplyRevisionsTest {

	static final ScoringOutcome SCORING = RoleSheets.consolidate(SCHEME,
			List.of(RoleSheetsTest.sheet("e1", RoleSheetsTest.thirdPartyHandScores())),
			RoleSheetsTest.sheet("officer", RoleSheetsTest.buyerHandScores()),
			AutomaticIndicator.fill(SCHEME, RoleSheetsTest.allFigures()));

	@Test
	void aRevisedLeafIsScoredAgainWithTheSchemeAndRecordsFromToAndWhy() {
		BigDecimal max = SCHEME.leaf("1.2.2").orElseThrow().max();

		ReplyRevisions.Revised revised = revise(FinanceCheck.PASSED, List.of(new RevisedLeaf("1.2.2", max, "台账补正")),
				null);

		assertThat(revised.revision().leaves()).singleElement().satisfies((leaf) -> {
			assertThat(leaf.from()).isEqualByComparingTo("4");
			assertThat(leaf.to()).isEqualByComparingTo(max);
			assertThat(leaf.reason()).isEqualTo("台账补正");
		});
		assertThat(revised.result().score()).isGreaterThan(graded(FinanceCheck.PASSED).score());
		assertThat(revised.revision().before()).isEqualTo(graded(FinanceCheck.PASSED));
		assertThat(revised.revision().after()).isEqualTo(revised.result());
		assertThat(revised.revision().revisedBy()).isEqualTo("officer");
		assertThat(revised.scoring().dimensions(SCHEME)).isNotEqualTo(SCORING.dimensions(SCHEME));
	}

	@Test
	void aFinanceCheckPassedOnReplyLiftsTheVeto() {
		ReplyRevisions.Revised revised = revise(FinanceCheck.FAILED, List.of(), FinanceCheck.PASSED);

		assertThat(revised.revision().before().vetoed()).isTrue();
		assertThat(revised.result().vetoed()).isFalse();
		assertThat(revised.result().score()).isEqualByComparingTo(graded(FinanceCheck.PASSED).score());
		assertThat(revised.revision().gradeChanged()).isTrue();
		assertThat(revised.revision().financeCheckAfter()).isEqualTo(FinanceCheck.PASSED);
	}

	@Test
	void aLeafFilledFromAFigureIsNotRevisedByHand() {
		assertRefused("leaf-filled-from-figure", new RevisedLeaf("3.1.1", BigDecimal.ONE, "x"));
	}

	@Test
	void aLeafOutsideTheSchemeIsNotRevised() {
		assertRefused("leaf-not-in-scheme", new RevisedLeaf("9.9.9", BigDecimal.ONE, "x"));
	}

	@Test
	void aRevisedScoreStaysWithinZeroAndTheLeafsMaximum() {
		BigDecimal max = SCHEME.leaf("2.1.1").orElseThrow().max();
		assertRefused("leaf-score-above-max", new RevisedLeaf("2.1.1", max.add(BigDecimal.ONE), "x"));
		assertRefused("leaf-score-negative", new RevisedLeaf("2.1.1", BigDecimal.ONE.negate(), "x"));
	}

	@Test
	void aLeafIsRevisedOnceInAnAnswer() {
		assertRefused("leaf-revised-twice", new RevisedLeaf("2.1.1", BigDecimal.ONE, "x"),
				new RevisedLeaf("2.1.1", BigDecimal.valueOf(2), "y"));
	}

	private static ReplyRevisions.Revised revise(FinanceCheck gradedWith, List<RevisedLeaf> leaves,
			FinanceCheck financeCheck) {
		return ReplyRevisions.revise(SCHEME, SCORING, gradedWith, graded(gradedWith), leaves, financeCheck, "officer",
				DAY);
	}

	private static ConsolidatedResult graded(FinanceCheck check) {
		CompositeResult c = SCORING.composite(SCHEME, check);
		return new ConsolidatedResult(c.score(), c.grade().name(), c.financeVetoed(), c.grade() == Grade.FAIL);
	}

	private static void assertRefused(String rule, RevisedLeaf... leaves) {
		assertThatThrownBy(() -> revise(FinanceCheck.PASSED, List.of(leaves), null))
			.isInstanceOfSatisfying(ProblemException.class, (ex) -> assertThat(ex.rule()).isEqualTo(rule));
	}

}
