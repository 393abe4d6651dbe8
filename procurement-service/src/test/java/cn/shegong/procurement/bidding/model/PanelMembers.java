package cn.shegong.procurement.bidding.model;

import java.util.List;

/** Review panel members for tests. */
public final class PanelMembers {

	private PanelMembers() {
	}

	public static PanelMember declaring(Declaration... declarations) {
		return new PanelMember("expert-1", "王评审", List.of(declarations));
	}

	public static PanelMember withoutTies() {
		return declaring();
	}

}
