package cn.shegong.procurement.bidding.model;

import java.lang.reflect.RecordComponent;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import cn.shegong.platform.problem.ProblemException;
import cn.shegong.procurement.money.model.Money;

import static cn.shegong.procurement.bidding.model.Bids.A_WEEK_BEFORE;
import static cn.shegong.procurement.bidding.model.Bids.AGENCY;
import static cn.shegong.procurement.bidding.model.Bids.DEADLINE;
import static cn.shegong.procurement.bidding.model.Bids.OTHER_AGENCY;
import static cn.shegong.procurement.bidding.model.Bids.TENDER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class BidTest {

	private static final Instant ONE_SECOND_BEFORE = DEADLINE.closesAt().minusSeconds(1);

	@Test
	void aBidSubmittedBeforeTheDeadlineIsAnnouncedWithoutItsPrice() {
		BidChange change = Bid.submit("bid-1", TENDER, AGENCY, Bids.terms("480000.00"), DEADLINE, ONE_SECOND_BEFORE);

		assertThat(change.bid().status()).isEqualTo(BidStatus.SUBMITTED);
		assertThat(change.bid().submittedAt()).isEqualTo(ONE_SECOND_BEFORE);
		assertThat(change.event()).isEqualTo(new BidSubmitted("bid-1", TENDER, AGENCY));
	}

	@Test
	void noBidEventCarriesAPriceOrAProposal() {
		for (Class<?> event : BidEvent.class.getPermittedSubclasses()) {
			assertThat(event.getRecordComponents()).extracting(RecordComponent::getName)
				.containsExactly("bidId", "tenderId", "agencyId");
		}
	}

	@Test
	void aBidSubmittedAtTheDeadlineIsRefused() {
		assertThatExceptionOfType(ProblemException.class)
			.isThrownBy(
					() -> Bid.submit("bid-1", TENDER, AGENCY, Bids.terms("480000.00"), DEADLINE, DEADLINE.closesAt()))
			.satisfies(ex -> assertThat(ex.rule()).isEqualTo("bidding-deadline-passed"))
			.withMessageContaining("2026-07-01T01:00:00Z");
	}

	@Test
	void theAgencyAmendsItsBidBeforeTheDeadlineAndKeepsItsSubmissionTime() {
		Bid bid = Bids.submitted();

		BidChange change = bid.amend(AGENCY, Bids.terms("450000.00"), DEADLINE, ONE_SECOND_BEFORE);

		assertThat(change.bid().price()).isEqualTo(Money.ofYuan(450_000));
		assertThat(change.bid().status()).isEqualTo(BidStatus.AMENDED);
		assertThat(change.bid().submittedAt()).isEqualTo(A_WEEK_BEFORE);
		assertThat(change.bid().lastChangedAt()).isEqualTo(ONE_SECOND_BEFORE);
		assertThat(change.event()).isEqualTo(new BidAmended("bid-1", TENDER, AGENCY));
		assertThat(bid.price()).as("the original is untouched").isEqualTo(Money.ofYuan(480_000));
	}

	@Test
	void anAmendmentAtTheDeadlineIsRefused() {
		assertThatExceptionOfType(ProblemException.class)
			.isThrownBy(() -> Bids.submitted().amend(AGENCY, Bids.terms("450000.00"), DEADLINE, DEADLINE.closesAt()))
			.satisfies(ex -> assertThat(ex.rule()).isEqualTo("bidding-deadline-passed"));
	}

	@Test
	void anotherAgencyCannotAmendTheBid() {
		assertThatExceptionOfType(ProblemException.class)
			.isThrownBy(() -> Bids.submitted().amend(OTHER_AGENCY, Bids.terms("1.00"), DEADLINE, ONE_SECOND_BEFORE))
			.satisfies(ex -> assertThat(ex.rule()).isEqualTo("not-your-bid"))
			.satisfies(ex -> assertThat(ex.kind()).isEqualTo(ProblemException.Kind.FORBIDDEN));
	}

	@Test
	void anotherAgencyCannotWithdrawTheBidEvenAfterTheDeadline() {
		assertThatExceptionOfType(ProblemException.class)
			.isThrownBy(() -> Bids.submitted().withdraw(OTHER_AGENCY, DEADLINE, DEADLINE.closesAt().plusSeconds(1)))
			.satisfies(ex -> assertThat(ex.rule()).isEqualTo("not-your-bid"));
	}

	@Test
	void theAgencyWithdrawsItsBidBeforeTheDeadline() {
		BidChange change = Bids.submitted().withdraw(AGENCY, DEADLINE, ONE_SECOND_BEFORE);

		assertThat(change.bid().status()).isEqualTo(BidStatus.WITHDRAWN);
		assertThat(change.bid().isStanding()).isFalse();
		assertThat(change.event()).isEqualTo(new BidWithdrawn("bid-1", TENDER, AGENCY));
	}

	@Test
	void aWithdrawalAtTheDeadlineIsRefused() {
		assertThatExceptionOfType(ProblemException.class)
			.isThrownBy(() -> Bids.submitted().withdraw(AGENCY, DEADLINE, DEADLINE.closesAt()))
			.satisfies(ex -> assertThat(ex.rule()).isEqualTo("bidding-deadline-passed"));
	}

	@Test
	void aWithdrawnBidCannotBeAmendedOrWithdrawnAgain() {
		Bid withdrawn = Bids.submitted().withdraw(AGENCY, DEADLINE, A_WEEK_BEFORE.plusSeconds(60)).bid();

		assertThatExceptionOfType(ProblemException.class)
			.isThrownBy(() -> withdrawn.amend(AGENCY, Bids.terms("450000.00"), DEADLINE, ONE_SECOND_BEFORE))
			.satisfies(ex -> assertThat(ex.rule()).isEqualTo("bid-already-withdrawn"));
		assertThatExceptionOfType(ProblemException.class)
			.isThrownBy(() -> withdrawn.withdraw(AGENCY, DEADLINE, ONE_SECOND_BEFORE))
			.satisfies(ex -> assertThat(ex.kind()).isEqualTo(ProblemException.Kind.CONFLICT));
	}

	@Test
	void aBidPricedAtZeroIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> Bids.terms("0.00"));
	}

}
