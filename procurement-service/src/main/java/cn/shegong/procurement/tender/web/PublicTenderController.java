package cn.shegong.procurement.tender.web;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.shegong.procurement.tender.application.TenderUseCases;

/**
 * Tender notices as anyone may read them without signing in (公开公告); drafts do not exist
 * here.
 */
@RestController
@RequestMapping("/api/procurement/public/tenders")
class PublicTenderController {

	private final TenderUseCases tenders;

	PublicTenderController(TenderUseCases tenders) {
		this.tenders = tenders;
	}

	@GetMapping
	List<PublicTenderView> list() {
		return this.tenders.listPublic().stream().map(PublicTenderView::of).toList();
	}

	@GetMapping("/{id}")
	PublicTenderView read(@PathVariable String id) {
		return PublicTenderView.of(this.tenders.readPublic(id));
	}

}
