package cn.shegong.procurement.plan.web;

import java.time.Year;
import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.shegong.platform.security.Caller;
import cn.shegong.procurement.money.model.Money;
import cn.shegong.procurement.plan.application.AllocateFromPlan;
import cn.shegong.procurement.plan.application.OpenPurchasePlan;
import cn.shegong.procurement.plan.application.ReadPurchasePlans;

/**
 * Annual purchase plans (年度购买计划). Officers open and allocate plans of their own region;
 * officers and supervisors read their region's plans, admins all of them. A plan of
 * another region answers 404.
 */
@RestController
class PurchasePlanController {

	/** Yuan with at most two decimals, e.g. 480000 or 480000.50; never a float. */
	static final String YUAN = "\\d{1,12}(\\.\\d{1,2})?";

	private final OpenPurchasePlan openPurchasePlan;

	private final AllocateFromPlan allocateFromPlan;

	private final ReadPurchasePlans readPurchasePlans;

	PurchasePlanController(OpenPurchasePlan openPurchasePlan, AllocateFromPlan allocateFromPlan,
			ReadPurchasePlans readPurchasePlans) {
		this.openPurchasePlan = openPurchasePlan;
		this.allocateFromPlan = allocateFromPlan;
		this.readPurchasePlans = readPurchasePlans;
	}

	@PostMapping("/api/procurement/plans")
	@PreAuthorize("hasRole('procurement-officer')")
	@ResponseStatus(HttpStatus.CREATED)
	PlanResponse open(@Valid @RequestBody NewPlan request, Caller caller) {
		return PlanResponse.of(this.openPurchasePlan.open(caller, request.buyerId().trim(), Year.of(request.year()),
				Money.ofYuan(request.budgetYuan())));
	}

	@GetMapping("/api/procurement/plans")
	@PreAuthorize("hasAnyRole('procurement-officer', 'supervisor', 'admin')")
	List<PlanResponse> plans(@RequestParam Optional<Integer> year, Caller caller) {
		return this.readPurchasePlans.visibleTo(caller, year).stream().map(PlanResponse::of).toList();
	}

	@GetMapping("/api/procurement/plans/{planId}")
	@PreAuthorize("hasAnyRole('procurement-officer', 'supervisor', 'admin')")
	PlanResponse plan(@PathVariable String planId, Caller caller) {
		return PlanResponse.of(this.readPurchasePlans.one(caller, planId));
	}

	@PutMapping("/api/procurement/plans/{planId}/allocations/{projectId}")
	@PreAuthorize("hasRole('procurement-officer')")
	PlanResponse allocate(@PathVariable String planId, @PathVariable String projectId,
			@Valid @RequestBody NewAllocation request, Caller caller) {
		return PlanResponse.of(this.allocateFromPlan.allocate(caller, planId, projectId,
				Money.ofYuan(request.amountYuan()), request.version()));
	}

	record NewPlan(@NotBlank @Size(max = 64) String buyerId, @NotNull @Min(2000) @Max(2999) Integer year,
			@NotNull @Pattern(regexp = YUAN) String budgetYuan) {
	}

	/** {@code version} is the plan's version as the officer last read it. */
	record NewAllocation(@NotNull @Pattern(regexp = YUAN) String amountYuan, @NotNull @PositiveOrZero Long version) {
	}

}
