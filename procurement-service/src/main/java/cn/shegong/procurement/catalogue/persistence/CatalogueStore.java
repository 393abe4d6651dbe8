package cn.shegong.procurement.catalogue.persistence;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import cn.shegong.procurement.catalogue.model.CatalogueCode;
import cn.shegong.procurement.catalogue.model.CatalogueItem;

/**
 * The services catalogue in the store. Codes are the document ids, so a second item with
 * the same code is refused by the store itself (409 {@code already-exists}).
 */
@Component
public class CatalogueStore implements CatalogueItem.Catalogue {

	private final MongoTemplate mongo;

	public CatalogueStore(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public Optional<CatalogueItem> find(CatalogueCode code) {
		return Optional.ofNullable(this.mongo.findById(code.value(), CatalogueItemDocument.class))
			.map(CatalogueItemDocument::toItem);
	}

	public void add(CatalogueItem item) {
		this.mongo.insert(CatalogueItemDocument.of(item));
	}

	/**
	 * Adds the item unless its code is already taken; safe when two instances start at
	 * once.
	 */
	public void addIfAbsent(CatalogueItem item) {
		Update update = new Update().setOnInsert("name", item.name())
			.setOnInsert("description", item.description())
			.setOnInsert("level", item.level())
			.setOnInsert("version", 0L);
		this.mongo.upsert(Query.query(Criteria.where("_id").is(item.code().value())), update,
				CatalogueItemDocument.class);
	}

	public boolean isEmpty() {
		return !this.mongo.exists(new Query(), CatalogueItemDocument.class);
	}

	/** Every item ordered by code, which lists each parent right before its children. */
	public List<CatalogueItem> all() {
		return this.mongo.find(new Query().with(Sort.by("_id")), CatalogueItemDocument.class)
			.stream()
			.map(CatalogueItemDocument::toItem)
			.toList();
	}

}
