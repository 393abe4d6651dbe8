package cn.shegong.procurement.bidding.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Panel scores of a three-member panel, entered criterion by criterion. */
public final class PanelSheets {

	public static final List<String> PANEL = List.of("expert-1", "expert-2", "expert-3");

	private final ScoringScheme scheme;

	private final List<PanelScore> scores = new ArrayList<>();

	private PanelSheets(ScoringScheme scheme) {
		this.scheme = scheme;
	}

	public static PanelSheets under(ScoringScheme scheme) {
		return new PanelSheets(scheme);
	}

	/** One score per panel member, in the order of {@link #PANEL}. */
	public PanelSheets score(String bidId, String criterion, String... perMember) {
		for (int i = 0; i < perMember.length; i++) {
			this.scores.add(new PanelScore(PANEL.get(i), bidId, criterion, new BigDecimal(perMember[i])));
		}
		return this;
	}

	/** Every member gives the same score on every criterion of the scheme. */
	public PanelSheets scoreAllCriteria(String bidId, String score) {
		this.scheme.qualityCriteria().forEach(criterion -> score(bidId, criterion.name(), score, score, score));
		return this;
	}

	public PanelScores done() {
		return PanelScores.of(this.scheme, Set.copyOf(PANEL), this.scores);
	}

}
