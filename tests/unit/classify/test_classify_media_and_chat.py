# ruff: noqa: E501 - messages are quoted as the libraries print them
"""Media, documents and chat/social APIs: Discord's and X's codes beside the status, document and geocoder classes."""

from __future__ import annotations

import pytest

from errorflow.classify import Category, Classifier, ErrorSignal
from tests.unit.classify.verdicts import verdict_of

CLF = Classifier(cache_size=0)


@pytest.mark.parametrize(
    ("exc_type", "message", "status", "expected", "rule_id"),
    [
        # Discord sends its object-count limits as 400s: the status alone (or "invalid" in another part of the body)
        # would call them the request's fault, the JSON code says the guild's capacity is full
        (
            "discord.errors.HTTPException",
            "400 Bad Request (error code: 30013): Maximum number of guild channels reached (500)",
            400,
            Category.RESOURCE,
            "vendor.discord.30013",
        ),
        (
            "nextcord.errors.HTTPException",
            "400 Bad Request (error code: 30010): Maximum number of reactions reached (20)",
            400,
            Category.RESOURCE,
            "vendor.discord.30010",
        ),
        # ... but a per-message limit is the message's: fewer attachments make it pass
        (
            "discord.errors.HTTPException",
            "400 Bad Request (error code: 30015): Maximum number of attachments in a message reached (10)",
            400,
            Category.VALIDATION,
            "vendor.discord.30015",
        ),
        # a 400 that is a write rate limit of the channel: later it passes
        (
            "discord.errors.HTTPException",
            "400 Bad Request (error code: 20028): The channel you are writing has hit the write rate limit",
            400,
            Category.TRANSIENT,
            "vendor.discord.20028",
        ),
        # X sends a duplicate status as a 403: the status would say permission, the code says the text
        (
            "tweepy.errors.Forbidden",
            "403 Forbidden\n186 - Tweet needs to be a bit shorter.",
            403,
            Category.VALIDATION,
            "vendor.twitter.186",
        ),
        (
            "tweepy.errors.Forbidden",
            "403 Forbidden\n185 - User is over daily status update limit.",
            403,
            Category.RESOURCE,
            "vendor.twitter.185",
        ),
        # a 400 whose reason is the credential
        (
            "tweepy.errors.BadRequest",
            "400 Bad Request\n215 - Bad Authentication data.",
            400,
            Category.PERMANENT,
            "vendor.twitter.215",
        ),
    ],
)
def test_chat_api_codes_refine_their_status(
    exc_type: str, message: str, status: int, expected: Category, rule_id: str
) -> None:
    assert verdict_of(CLF, exc_type, message, status) == (expected, rule_id)


def test_chat_codes_are_read_only_on_their_clients_classes() -> None:
    """A Discord-like "(error code: N)" or an X-like "N - " line from another library is no such code."""
    category, rule_id = verdict_of(CLF, "builtins.RuntimeError", "upload failed (error code: 30007)")
    assert not rule_id.startswith("vendor.discord")
    category, rule_id = verdict_of(CLF, "requests.exceptions.HTTPError", "403 Forbidden\n187 - x", 403)
    assert (category, rule_id) == (Category.PERMANENT, "http.403")


@pytest.mark.parametrize(
    ("message", "expected", "rule_id"),
    [
        # Discord's close codes of its own: 4004 is a refused token, reconnecting never helps ("closed" reads as a
        # dropped connection); 4009 a session timeout, reconnecting does; 1006 is RFC 6455's abnormal closure
        ("Shard ID 3 WebSocket closed with 4004", Category.PERMANENT, "vendor.discord_gateway.4004"),
        ("Shard ID None WebSocket closed with 4014", Category.PERMANENT, "vendor.discord_gateway.4014"),
        ("Shard ID 0 WebSocket closed with 4009: Session timed out", Category.TRANSIENT, "vendor.discord_gateway.4009"),
        ("Shard ID 0 WebSocket closed with 1006", Category.TRANSIENT, "vendor.websocket.1006"),
    ],
)
def test_discord_gateway_close_codes(message: str, expected: Category, rule_id: str) -> None:
    assert verdict_of(CLF, "discord.errors.ConnectionClosed", message) == (expected, rule_id)


@pytest.mark.parametrize(
    ("exc_type", "message", "expected", "rule_id"),
    [
        # "not found" in the message would say something is missing; the class says Discord's side failed
        (
            "discord.errors.GatewayNotFound",
            "The gateway to connect to discord was not found.",
            Category.TRANSIENT,
            "type.transient.discord_gateway",
        ),
        (
            "discord.errors.LoginFailure",
            "Improper token has been passed.",
            Category.PERMANENT,
            "type.permanent.discord_setup",
        ),
        (
            "pdfminer.pdfparser.PDFSyntaxError",
            "No /Root object! - Is this really a PDF?",
            Category.VALIDATION,
            "type.validation.pdf_parse",
        ),
        ("pdfminer.psparser.PSEOF", "Unexpected EOF", Category.VALIDATION, "type.validation.pdf_parse"),
        (
            "pymupdf.FileDataError",
            "Failed to open file '/srv/in/scan.pdf'.",
            Category.VALIDATION,
            "type.validation.mupdf_document",
        ),
        (
            "xlsxwriter.exceptions.FileSizeError",
            "Filesize would require ZIP64 extensions. Use workbook.use_zip64().",
            Category.PERMANENT,
            "type.permanent.xlsx_zip64",
        ),
        (
            "xlsxwriter.exceptions.DuplicateWorksheetName",
            "Sheetname 'q1', with case ignored, is already in use.",
            Category.VALIDATION,
            "type.validation.xlsx_input",
        ),
        (
            "reportlab.pdfbase.ttfonts.TTFError",
            'Can\'t open file "/opt/app/fonts/Inter-Regular.ttf"',
            Category.PERMANENT,
            "type.permanent.reportlab_font",
        ),
        ("geopy.exc.GeocoderAuthenticationFailure", "Non-successful status code 401", Category.PERMANENT, "http.401"),
        (
            "geopy.exc.GeocoderQuotaExceeded",
            "The given key has gone over the requests limit in the 24 hour period",
            Category.RESOURCE,
            "type.resource.geocoder_quota",
        ),
        (
            "geopy.exc.GeocoderUnavailable",
            "HTTPSConnectionPool: Read timed out.",
            Category.TRANSIENT,
            "type.transient.geocoder_retry",
        ),
        (
            "telegram.error.Conflict",
            "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running",
            Category.PERMANENT,
            "type.permanent.telegram_setup",
        ),
    ],
)
def test_media_document_and_chat_classes(exc_type: str, message: str, expected: Category, rule_id: str) -> None:
    assert verdict_of(CLF, exc_type, message) == (expected, rule_id)


@pytest.mark.parametrize(
    ("exc_type", "message", "expected", "rule_id"),
    [
        # "unsupported" reads as an unsupported operation; xlrd says the file given is not a workbook
        (
            "xlrd.biffh.XLRDError",
            "Unsupported format, or corrupt file: Expected BOF record; found b'PK\\x03\\x04\\x14\\x00\\x06\\x00'",
            Category.VALIDATION,
            "type.validation.spreadsheet_file",
        ),
        (
            "xlrd.biffh.XLRDError",
            "No sheet named <'Invoices'>",
            Category.VALIDATION,
            "type.validation.spreadsheet_file",
        ),
        (
            "xlrd.biffh.XLRDError",
            "Excel xlsx file; not supported",
            Category.PERMANENT,
            "type.permanent.xlrd_xlsx_dropped",
        ),
        # imageio reading one image: no backend means the bytes are not an image; writing: a plugin is missing
        (
            "builtins.ValueError",
            "Could not find a backend to open `/data/in/avatar.jpg`` with iomode `ri`.",
            Category.VALIDATION,
            "type.validation.image_not_decodable",
        ),
        (
            "builtins.ValueError",
            "Could not find a backend to open `/tmp/out.mp4`` with iomode `wI`.",
            Category.PERMANENT,
            "message.image_writer_missing",
        ),
        (
            "builtins.ValueError",
            "Must provide API key or enterprise credentials when creating client.",
            Category.PERMANENT,
            "message.api_key_not_given",
        ),
    ],
)
def test_media_and_document_messages(exc_type: str, message: str, expected: Category, rule_id: str) -> None:
    assert verdict_of(CLF, exc_type, message) == (expected, rule_id)


def test_a_vendor_defined_status_is_read_by_the_clients_own_class() -> None:
    """402 alone says nothing certain (a decline, used-up credits, a quota): the client's class that names it decides.

    geopy maps a geocoder's 402 to GeocoderQuotaExceeded; without the class's reading the status stays below the
    confidence floor (unknown), and a class that names no meaning of its own still leaves it there.
    """
    quota = CLF.classify(
        ErrorSignal(
            exc_type="geopy.exc.GeocoderQuotaExceeded", message="Non-successful status code 402", http_status=402
        )
    )
    assert (quota.category, quota.rule_id) == (Category.RESOURCE, "type.resource.geocoder_quota")
    assert [(item.rule_id, item.role) for item in quota.evidence] == [
        ("type.resource.geocoder_quota", "decided"),
        ("http.402", "overruled"),
    ]
    plain = CLF.classify(
        ErrorSignal(
            exc_type="requests.exceptions.HTTPError", message="402 Client Error: Payment Required", http_status=402
        )
    )
    assert plain.category is Category.UNKNOWN


@pytest.mark.parametrize(
    ("exc_type", "message", "expected", "rule_id"),
    [
        # googlemaps' ApiError leads with the web service's status: "invalid" in the error_message would call a
        # refused key the input's fault
        (
            "googlemaps.exceptions.ApiError",
            "REQUEST_DENIED (The provided API key is invalid.)",
            Category.PERMANENT,
            "vendor.google_maps.REQUEST_DENIED",
        ),
        (
            "googlemaps.exceptions.ApiError",
            "MAX_WAYPOINTS_EXCEEDED",
            Category.VALIDATION,
            "vendor.google_maps.MAX_WAYPOINTS_EXCEEDED",
        ),
        ("googlemaps.exceptions.ApiError", "UNKNOWN_ERROR", Category.TRANSIENT, "vendor.google_maps.UNKNOWN_ERROR"),
        # "timeout expired" is no network timeout: the callback query is gone
        (
            "telegram.error.BadRequest",
            "Query is too old and response timeout expired or query id is invalid",
            Category.PERMANENT,
            "message.callback_query_expired",
        ),
        (
            "telegram.error.BadRequest",
            "Have no rights to send a message",
            Category.PERMANENT,
            "message.chat_rights_missing",
        ),
        # a 429 that is the month's post cap, not a rate limit
        (
            "tweepy.errors.TooManyRequests",
            "429 Too Many Requests\nUsage cap exceeded: Monthly product cap",
            Category.RESOURCE,
            "message.usage_cap_exceeded",
        ),
        # OpenCV's code names the fault: the caller's argument, or the build
        (
            "cv2.error",
            "OpenCV(4.9.0) :-1: error: (-5:Bad argument) in function 'cvtColor'\n> Overload resolution failed:\n>  - src is not a numpy array, neither a scalar",
            Category.VALIDATION,
            "message.opencv_argument",
        ),
        (
            "cv2.error",
            "OpenCV(4.9.0) /io/opencv/modules/core/src/gpumat.cpp:71: error: (-216:No CUDA support) The library is compiled without CUDA support in function 'throw_no_cuda'",
            Category.PERMANENT,
            "message.opencv_build",
        ),
        (
            "pytesseract.pytesseract.TesseractError",
            "(1, 'Error opening data file /usr/share/tesseract-ocr/5/tessdata/fra.traineddata Please make sure the TESSDATA_PREFIX environment variable is set to your \"tessdata\" directory. Failed loading language \\'fra\\' Tesseract couldn\\'t load any languages! Could not initialize tesseract.')",
            Category.PERMANENT,
            "message.tesseract_language_missing",
        ),
        # TypeError alone reads as a bug or a wrong argument: protobuf says the installed generated code is stale
        (
            "builtins.TypeError",
            "Descriptors cannot be created directly.\nIf this call came from a _pb2.py file, your generated code is out of date and must be regenerated with protoc >= 3.19.0.",
            Category.PERMANENT,
            "message.protobuf_generated_code",
        ),
        # a RuntimeError reads as a bug: MuPDF says the document is broken
        ("builtins.RuntimeError", "cannot open broken document", Category.VALIDATION, "message.document_broken"),
        (
            "bs4.FeatureNotFound",
            "Couldn't find a tree builder with the features you requested: lxml. Do you need to install a parser library?",
            Category.PERMANENT,
            "type.permanent.tool_missing",
        ),
        (
            "discord.errors.InteractionResponded",
            "This interaction has already been responded to before",
            Category.PERMANENT,
            "type.permanent.discord_answered_twice",
        ),
        ("msgpack.exceptions.StackError", "", Category.VALIDATION, "type.validation.damaged_payload"),
    ],
)
def test_media_and_chat_reasons(exc_type: str, message: str, expected: Category, rule_id: str) -> None:
    assert verdict_of(CLF, exc_type, message) == (expected, rule_id)


def test_moviepy_broken_pipe_yields_to_ffmpegs_own_error() -> None:
    """EPIPE is only the symptom of ffmpeg exiting: the error moviepy quotes after it decides; alone, EPIPE stays."""
    quoted = (
        "[Errno 32] Broken pipe\n\nMoviePy error: FFMPEG encountered the following error while writing file out.webm:"
        "\n\n Unknown encoder 'libvpx-vp9'\n\nThe video export failed because FFMPEG didn't find the specified codec "
        "for video encoding libvpx-vp9."
    )
    assert verdict_of(CLF, "builtins.OSError", quoted) == (Category.PERMANENT, "message.ffmpeg_encoder_missing")
    assert verdict_of(CLF, "builtins.BrokenPipeError", "[Errno 32] Broken pipe") == (Category.TRANSIENT, "errno.EPIPE")


@pytest.mark.parametrize(
    ("quoted", "expected", "rule_id"),
    [
        # "broken pipe" in the outer text would say transient: the quoted ffmpeg error is the cause
        ("/srv/exports/out.mp4: No space left on device", Category.RESOURCE, "message.disk_full"),
        (
            "[libx264 @ 0x5581] height not divisible by 2 (1920x1081)\nError initializing output stream 0:0 -- Error "
            "while opening encoder for output stream #0:0 - maybe incorrect parameters such as bit_rate, rate, width or height",
            Category.VALIDATION,
            "message.ffmpeg_encoder_parameters",
        ),
    ],
)
def test_ffmpegs_quoted_error_is_the_cause_of_moviepys_broken_pipe(
    quoted: str, expected: Category, rule_id: str
) -> None:
    message = (
        "[Errno 32] Broken pipe\n\nMoviePy error: FFMPEG encountered the following error while writing file "
        f"/srv/exports/out.mp4:\n\n {quoted}"
    )
    verdict = CLF.classify(ErrorSignal(exc_type="builtins.OSError", message=message))
    assert (verdict.category, verdict.rule_id) == (expected, rule_id)
    assert verdict.evidence[0].where.startswith("cause")


@pytest.mark.parametrize(
    ("exc_type", "message", "expected", "rule_id"),
    [
        (
            "xlrd.biffh.XLRDError",
            "Can't find workbook in OLE2 compound document",
            Category.VALIDATION,
            "type.validation.spreadsheet_file",
        ),
        ("xlrd.biffh.XLRDError", "Workbook is encrypted", Category.VALIDATION, "type.validation.spreadsheet_file"),
        (
            "builtins.RuntimeError",
            "Could not find ffmpeg executable.",
            Category.PERMANENT,
            "message.media_tool_binary_missing",
        ),
        (
            "pytesseract.pytesseract.TesseractError",
            "(1, 'Image too small to scale!! (1x40 vs min width of 3)\\nLine cannot be recognized!!')",
            Category.VALIDATION,
            "message.ocr_image_unreadable",
        ),
        ("msgpack.exceptions.OutOfData", "", Category.VALIDATION, "type.validation.damaged_payload"),
        (
            "bs4.builder.ParserRejectedMarkup",
            "The markup you provided was rejected by the parser. Trying a different parser or a different encoding may help.",
            Category.VALIDATION,
            "type.validation.damaged_payload",
        ),
    ],
)
def test_document_and_tool_reasons(exc_type: str, message: str, expected: Category, rule_id: str) -> None:
    assert verdict_of(CLF, exc_type, message) == (expected, rule_id)


@pytest.mark.parametrize(
    ("exc_type", "message", "status", "expected", "rule_id"),
    [
        # "must be set" reads as a missing value in the input; geopy raises ConfigurationError at the geocoder's setup
        (
            "geopy.exc.ConfigurationError",
            "Either 'api_key' or 'client_id' and 'secret' must be set.",
            None,
            Category.PERMANENT,
            "type.permanent.geocoder_setup",
        ),
        # discord.py's command framework: the member's permissions, the user's argument, another invocation's slot
        (
            "discord.ext.commands.errors.MissingPermissions",
            "You are missing Kick Members permission(s) to run this command.",
            None,
            Category.PERMANENT,
            "type.permanent.discord_command_permissions",
        ),
        (
            "discord.ext.commands.errors.BadArgument",
            'Converting to "int" failed for parameter "count".',
            None,
            Category.VALIDATION,
            "type.validation.discord_command_input",
        ),
        (
            "discord.ext.commands.errors.MaxConcurrencyReached",
            "Too many people are using this command. It can only be used 2 times per guild concurrently.",
            None,
            Category.TRANSIENT,
            "type.transient.discord_command_busy",
        ),
        # "unsupported" alone reads as an unsupported operation: Telegram could not parse the text's markup
        (
            "telegram.error.BadRequest",
            'Can\'t parse entities: unsupported start tag "span" at byte offset 40',
            400,
            Category.VALIDATION,
            "message.markup_entities",
        ),
        # a 402 whose body says the credits are used up
        (
            "tweepy.errors.HTTPException",
            "402 Payment Required\nYour enrolled account does not have any credits to fulfill this request.",
            402,
            Category.RESOURCE,
            "message.no_credits_left",
        ),
    ],
)
def test_chat_frameworks_and_bodies(
    exc_type: str, message: str, status: int | None, expected: Category, rule_id: str
) -> None:
    assert verdict_of(CLF, exc_type, message, status) == (expected, rule_id)


@pytest.mark.parametrize(
    ("exc_type", "message", "expected", "rule_id"),
    [
        # imageio names plugins that "might add capable backends": the install lacks one, not the file its image
        (
            "builtins.ValueError",
            "Could not find a backend to open `/in/photo.heic`` with iomode `ri`.\nBased on the extension, the following plugins might add capable backends:\n  pillow-heif:  pip install pillow-heif",
            Category.PERMANENT,
            "message.image_writer_missing",
        ),
        ("builtins.RuntimeError", "code=2: cannot find startxref", Category.VALIDATION, "message.document_broken"),
        ("builtins.ValueError", "expected sync marker not found", Category.VALIDATION, "message.document_broken"),
        # "closed" reads as a dropped connection: the code closed the document itself
        ("builtins.ValueError", "document closed", Category.PERMANENT, "message.document_used_after_close"),
        # ValueError reads as the input: the codec's library is missing from the installation
        (
            "builtins.ValueError",
            "snappy codec is supported but you need to install python-snappy",
            Category.PERMANENT,
            "message.codec_library_missing",
        ),
        (
            "cv2.error",
            "OpenCV(4.8.0) /io/opencv/modules/core/src/arithm.cpp:650: error: (-209:Sizes of input arguments do not match) The operation is neither 'array op array' (where arrays have the same size and the same number of channels), nor 'array op scalar', nor 'scalar op array' in function 'arithm_op'",
            Category.VALIDATION,
            "message.opencv_argument",
        ),
        (
            "builtins.TypeError",
            "Couldn't build proto file into descriptor pool: duplicate file name events/order.proto",
            Category.PERMANENT,
            "message.protobuf_generated_code",
        ),
        (
            "reportlab.pdfbase.pdfmetrics.FontNotFoundError",
            "Can't find .afm file for Times-Roman",
            Category.PERMANENT,
            "type.permanent.reportlab_font",
        ),
    ],
)
def test_document_library_reasons(exc_type: str, message: str, expected: Category, rule_id: str) -> None:
    assert verdict_of(CLF, exc_type, message) == (expected, rule_id)


def test_imageio_reads_its_mode_as_it_spells_it() -> None:
    """'rI' (many images, a stream) is not 'ri' (one image): no backend for a stream says nothing of an image's bytes."""
    category, rule_id = verdict_of(
        CLF, "builtins.OSError", "Could not find a backend to open `rtsp://10.0.0.5/live`` with iomode `rI`."
    )
    assert rule_id != "type.validation.image_not_decodable"
    assert category is not Category.VALIDATION
