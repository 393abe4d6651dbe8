package cn.shegong.feedback.station.poster;

import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * The QR code a station prints on its poster: it opens the public feedback form with the
 * station's code filled in. Drawn as SVG, one square per module, so it prints sharp at
 * any size; error correction M survives a poster that is a little worn or taped over.
 */
public final class StationQrCode {

	/** Blank modules around the code, as the QR standard asks. */
	private static final int QUIET_ZONE = 4;

	private StationQrCode() {
	}

	/**
	 * The address the code opens: the city's form page with the station's code put in
	 * place of {@code {code}}, e.g. {@code https://city.example/feedback?station={code}}.
	 */
	public static String formUrl(String formUrlTemplate, String stationCode) {
		if (!formUrlTemplate.contains("{code}")) {
			throw new IllegalArgumentException(
					"the form address names where the station code goes with {code}, was " + formUrlTemplate);
		}
		return formUrlTemplate.replace("{code}", stationCode);
	}

	public static String svg(String content) {
		BitMatrix matrix = encode(content);
		int size = matrix.getWidth() + 2 * QUIET_ZONE;
		StringBuilder svg = new StringBuilder(64 * 1024);
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
			.append(size)
			.append(' ')
			.append(size)
			.append("\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path d=\"");
		for (int y = 0; y < matrix.getHeight(); y++) {
			for (int x = 0; x < matrix.getWidth(); x++) {
				if (matrix.get(x, y)) {
					svg.append('M').append(x + QUIET_ZONE).append(' ').append(y + QUIET_ZONE).append("h1v1h-1z");
				}
			}
		}
		return svg.append("\" fill=\"#000\"/></svg>").toString();
	}

	/** The modules of the code, without the quiet zone: dark where {@code get(x, y)}. */
	public static BitMatrix encode(String content) {
		try {
			return new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, 0, 0,
					Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.CHARACTER_SET,
							"UTF-8", EncodeHintType.MARGIN, 0));
		}
		catch (WriterException ex) {
			throw new IllegalStateException("a station's form address always fits in a QR code", ex);
		}
	}

}
