package cn.shegong.procurement.registry.model;

/** The tier of government a 购买主体 (buyer) belongs to. */
public enum BuyerLevel {

	CITY, DISTRICT, TOWN

}
