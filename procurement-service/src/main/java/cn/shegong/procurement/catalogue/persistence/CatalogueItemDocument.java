package cn.shegong.procurement.catalogue.persistence;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import cn.shegong.procurement.catalogue.model.CatalogueCode;
import cn.shegong.procurement.catalogue.model.CatalogueItem;

/**
 * A catalogue item in the store, keyed by its code so that a code can exist only once.
 */
@Document(CatalogueItemDocument.COLLECTION)
class CatalogueItemDocument {

	static final String COLLECTION = "catalogue";

	@Id
	private String code;

	private String name;

	private String description;

	private int level;

	@Version
	private Long version;

	CatalogueItemDocument() {
	}

	static CatalogueItemDocument of(CatalogueItem item) {
		CatalogueItemDocument document = new CatalogueItemDocument();
		document.code = item.code().value();
		document.name = item.name();
		document.description = item.description();
		document.level = item.level();
		return document;
	}

	CatalogueItem toItem() {
		return new CatalogueItem(new CatalogueCode(this.code), this.name, this.description);
	}

}
