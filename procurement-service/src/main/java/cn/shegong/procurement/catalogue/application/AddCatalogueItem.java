package cn.shegong.procurement.catalogue.application;

import org.springframework.stereotype.Service;

import cn.shegong.procurement.catalogue.model.CatalogueCode;
import cn.shegong.procurement.catalogue.model.CatalogueItem;
import cn.shegong.procurement.catalogue.persistence.CatalogueStore;

/** Adds an item to the services catalogue, below a parent that is already there. */
@Service
public class AddCatalogueItem {

	private final CatalogueStore catalogue;

	AddCatalogueItem(CatalogueStore catalogue) {
		this.catalogue = catalogue;
	}

	public CatalogueItem add(String code, String name, String description) {
		CatalogueItem item = new CatalogueItem(CatalogueCode.of(code), name, description);
		item.requireParentIn(this.catalogue);
		this.catalogue.add(item);
		return item;
	}

}
