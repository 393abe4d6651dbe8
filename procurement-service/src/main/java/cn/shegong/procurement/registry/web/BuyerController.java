package cn.shegong.procurement.registry.web;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.shegong.platform.security.Caller;
import cn.shegong.procurement.registry.application.BuyerRegistry;
import cn.shegong.procurement.registry.model.Buyer;

/** {@code /api/procurement/buyers}: the 购买主体 the registry knows. */
@RestController
@RequestMapping("/api/procurement/buyers")
class BuyerController {

	private final BuyerRegistry registry;

	BuyerController(BuyerRegistry registry) {
		this.registry = registry;
	}

	@PostMapping
	@PreAuthorize("hasRole('admin')")
	ResponseEntity<BuyerResponse> register(@Valid @RequestBody RegisterBuyerRequest request) {
		Buyer buyer = this.registry.register(request.toBuyer());
		return ResponseEntity.created(URI.create("/api/procurement/buyers/" + buyer.id()))
			.body(BuyerResponse.of(buyer));
	}

	@GetMapping
	@PreAuthorize("hasAnyRole('procurement-officer', 'supervisor', 'admin')")
	List<BuyerResponse> list(Caller caller) {
		return this.registry.visibleTo(caller).stream().map(BuyerResponse::of).toList();
	}

}
