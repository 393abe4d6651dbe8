package cn.shegong.procurement.catalogue.model;

import cn.shegong.platform.problem.ProblemException;

/**
 * An entry of the services catalogue. Items below level 1 hang under their parent code.
 */
public record CatalogueItem(CatalogueCode code, String name, String description) {

	public CatalogueItem {
		if (name == null || name.isBlank()) {
			throw ProblemException.ruleViolated("catalogue-item-needs-a-name", "A catalogue item needs a name");
		}
	}

	public int level() {
		return this.code.level();
	}

	/**
	 * Adding this item needs its parent to be in the catalogue already, so the tree has
	 * no holes.
	 */
	public void requireParentIn(Catalogue catalogue) {
		this.code.parent().ifPresent((parent) -> {
			if (catalogue.find(parent).isEmpty()) {
				throw ProblemException.ruleViolated("catalogue-parent-missing",
						"Catalogue item " + this.code + " needs its parent " + parent + " first");
			}
		});
	}

	/** What the catalogue offers to look items up by code. */
	public interface Catalogue {

		java.util.Optional<CatalogueItem> find(CatalogueCode code);

	}

}
