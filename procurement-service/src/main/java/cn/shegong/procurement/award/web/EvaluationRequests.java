package cn.shegong.procurement.award.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import cn.shegong.procurement.bidding.model.Declaration;
import cn.shegong.procurement.bidding.model.DeclaredRelation;
import cn.shegong.procurement.bidding.model.PanelMember;
import cn.shegong.procurement.bidding.model.PanelScore;

/** The bodies the bid-evaluation endpoints accept. */
final class EvaluationRequests {

	private EvaluationRequests() {
	}

	record Panel(@NotEmpty List<@Valid @NotNull Member> members) {

		List<PanelMember> panelMembers() {
			return this.members.stream().map(Member::panelMember).toList();
		}

	}

	/**
	 * A member and every tie they declared; an empty list declares none.
	 */
	record Member(@NotBlank String memberId, @NotBlank String name,
			@NotNull List<@Valid @NotNull DeclaredTie> declarations) {

		PanelMember panelMember() {
			return new PanelMember(this.memberId, this.name,
					this.declarations.stream().map(DeclaredTie::declaration).toList());
		}

	}

	/**
	 * @param endedOn the tie's last day; absent while it lasts
	 */
	record DeclaredTie(@NotBlank String agencyId, @NotNull DeclaredRelation relation, LocalDate endedOn) {

		Declaration declaration() {
			return new Declaration(this.agencyId, this.relation, this.endedOn);
		}

	}

	/** One member's sheet, made on the evaluation's version. */
	record ScoreSheet(@NotBlank String memberId, @NotEmpty List<@Valid @NotNull Score> scores, @NotNull Long version) {

		List<PanelScore> panelScores() {
			return this.scores.stream()
				.map((score) -> new PanelScore(this.memberId, score.bidId(), score.criterion(), score.score()))
				.toList();
		}

	}

	/**
	 * @param score out of 100 with at most two decimals; the range is the domain's rule
	 */
	record Score(@NotBlank String bidId, @NotBlank String criterion,
			@NotNull @Digits(integer = 3, fraction = 2) BigDecimal score) {

	}

	/** Made on the tender's version. */
	record Finalisation(@NotNull Long version) {

	}

}
