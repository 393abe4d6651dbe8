package cn.shegong.procurement.catalogue.web;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.shegong.procurement.catalogue.application.AddCatalogueItem;
import cn.shegong.procurement.catalogue.model.CatalogueCode;
import cn.shegong.procurement.catalogue.model.CatalogueItem;
import cn.shegong.procurement.catalogue.persistence.CatalogueStore;

/**
 * The services catalogue: admins add items; every signed-in role reads it, and so does
 * the public (信息公开), since tenders and award notices cite its codes.
 */
@RestController
class CatalogueController {

	private final AddCatalogueItem addCatalogueItem;

	private final CatalogueStore catalogue;

	CatalogueController(AddCatalogueItem addCatalogueItem, CatalogueStore catalogue) {
		this.addCatalogueItem = addCatalogueItem;
		this.catalogue = catalogue;
	}

	@PostMapping("/api/procurement/catalogue")
	@PreAuthorize("hasRole('admin')")
	@ResponseStatus(HttpStatus.CREATED)
	CatalogueItemResponse add(@Valid @RequestBody NewCatalogueItem request) {
		return CatalogueItemResponse
			.of(this.addCatalogueItem.add(request.code(), request.name().trim(), request.description()));
	}

	@GetMapping("/api/procurement/catalogue")
	List<CatalogueItemResponse> catalogue() {
		return this.catalogue.all().stream().map(CatalogueItemResponse::of).toList();
	}

	@GetMapping("/api/procurement/public/catalogue")
	List<CatalogueItemResponse> publicCatalogue() {
		return catalogue();
	}

	record NewCatalogueItem(@NotBlank @Size(max = 7) String code, @NotBlank @Size(max = 100) String name,
			@Size(max = 1000) String description) {
	}

	record CatalogueItemResponse(String code, String name, String description, int level, String parentCode) {

		static CatalogueItemResponse of(CatalogueItem item) {
			return new CatalogueItemResponse(item.code().value(), item.name(), item.description(), item.level(),
					item.code().parent().map(CatalogueCode::value).orElse(null));
		}

	}

}
