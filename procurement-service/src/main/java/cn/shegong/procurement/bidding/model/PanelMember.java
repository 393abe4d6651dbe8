package cn.shegong.procurement.bidding.model;

import java.util.List;

/**
 * A member of a tender's review panel (评审专家) with the ties they declared.
 */
public record PanelMember(String memberId, String name, List<Declaration> declarations) {

	public PanelMember {
		if (memberId == null || memberId.isBlank() || name == null || name.isBlank()) {
			throw new IllegalArgumentException("a panel member has an id and a name");
		}
		declarations = List.copyOf(declarations);
	}

}
