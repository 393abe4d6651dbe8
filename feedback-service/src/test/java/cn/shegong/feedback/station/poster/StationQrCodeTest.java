package cn.shegong.feedback.station.poster;

import java.util.Map;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class StationQrCodeTest {

	@Test
	void theStationCodeGoesWhereTheCitysFormAddressSays() {
		assertThat(StationQrCode.formUrl("https://mz.example.gov.cn/feedback?station={code}", "K7PQ3M"))
			.isEqualTo("https://mz.example.gov.cn/feedback?station=K7PQ3M");
	}

	@Test
	void aFormAddressWithoutAPlaceForTheCodeIsRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> StationQrCode.formUrl("https://mz.example.gov.cn/feedback", "K7PQ3M"));
	}

	@Test
	void aPhoneScanningThePosterReadsTheFormAddressBack() throws Exception {
		String address = "https://mz.example.gov.cn/feedback?station=K7PQ3M";

		assertThat(scanned(StationQrCode.encode(address))).isEqualTo(address);
	}

	@Test
	void thePosterIsAnSvgWithAQuietZoneAroundTheModules() {
		String svg = StationQrCode.svg("https://mz.example.gov.cn/feedback?station=K7PQ3M");
		int modules = StationQrCode.encode("https://mz.example.gov.cn/feedback?station=K7PQ3M").getWidth();

		assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + (modules + 8) + " ")
			.contains("M4 4h1v1h-1z")
			.endsWith("</svg>");
	}

	/** Renders the modules 4 pixels each with the quiet zone and decodes them. */
	private static String scanned(BitMatrix modules) throws Exception {
		int scale = 4;
		int size = (modules.getWidth() + 8) * scale;
		int[] pixels = new int[size * size];
		for (int y = 0; y < size; y++) {
			for (int x = 0; x < size; x++) {
				int mx = x / scale - 4;
				int my = y / scale - 4;
				boolean dark = mx >= 0 && my >= 0 && mx < modules.getWidth() && my < modules.getHeight()
						&& modules.get(mx, my);
				pixels[y * size + x] = dark ? 0xFF000000 : 0xFFFFFFFF;
			}
		}
		BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(size, size, pixels)));
		return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE)).getText();
	}

}
