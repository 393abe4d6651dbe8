package cn.shegong.procurement.tender.model;

/**
 * The public announcement (采购公告) of a tender.
 */
public record TenderNotice(String title, String summary) {

	public TenderNotice {
		if (title == null || title.isBlank()) {
			throw new IllegalArgumentException("a tender notice needs a title");
		}
		if (summary == null) {
			throw new IllegalArgumentException("a tender notice needs a summary, empty if there is none");
		}
	}

}
