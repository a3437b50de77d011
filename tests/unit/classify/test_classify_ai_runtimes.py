"""Model servers, LLM APIs, agents and GPU runtimes (ninth batch): each rule with a case where the weaker evidence
would win."""

from __future__ import annotations

import pytest

from errorflow.classify import Category, Classifier, ErrorSignal
from tests.unit.classify.verdicts import verdict_of

T, R, V, P = Category.TRANSIENT, Category.RESOURCE, Category.VALIDATION, Category.PERMANENT


# ------------------------------------------------ classes that name their failure


@pytest.mark.parametrize(
    ("exc_type", "message", "expected"),
    [
        # no phrase, or a weak one, says anything: the class is the evidence
        ("pynvml.NVMLError_GpuIsLost", "GPU is lost", R),
        ("pynvml.NVMLError_ResetRequired", "GPU requires reset", R),
        ("pynvml.NVMLError_DriverNotLoaded", "Driver Not Loaded", P),
        ("pynvml.NVMLError_Uninitialized", "Uninitialized", P),
        ("pynvml.NVMLError_LibRmVersionMismatch", "RM has detected an NVML/RM version mismatch.", P),
        ("pynvml.NVMLError_NotSupported", "Not Supported", P),
        ("ray.serve.exceptions.BackPressureError",
         "Request dropped due to backpressure (num_queued_requests=8, max_queued_requests=8).", T),
        ("agents.exceptions.InputGuardrailTripwireTriggered", "Guardrail PiiGuardrail triggered tripwire", V),
        ("safetensors_rust.SafetensorError", "Error while deserializing header: InvalidHeaderDeserialization", P),
    ],
)  # fmt: skip
def test_ai_runtime_classes_decide(clf: Classifier, exc_type: str, message: str, expected: Category) -> None:
    category, rule_id = verdict_of(clf, exc_type, message, bases=("builtins.Exception",))
    assert category is expected
    assert rule_id.startswith("type.")


def test_a_capacity_reason_still_refines_an_ai_runtime_class(clf: Classifier) -> None:
    # The safetensors class alone says permanent (a bad artifact); the file system says the disk is full.
    message = 'Error while serializing: IoError(Os { code: 28, kind: StorageFull, message: "No space left on device" })'
    assert verdict_of(clf, "safetensors_rust.SafetensorError", message)[0] is R


# ------------------------------------------------ reasons over statuses and weak classes


def test_a_go_process_killed_by_sigkill_is_memory(clf: Classifier) -> None:
    # The 500 alone says transient; SIGKILL on a model server is the OOM killer (like exit status 137).
    message = "llama runner process has terminated: signal: killed"
    assert verdict_of(clf, "ollama._types.ResponseError", message, 500) == (R, "message.go_sigkill")


def test_a_lost_gpu_in_a_runtime_error_is_an_unavailable_gpu(clf: Classifier) -> None:
    # A bare RuntimeError alone reads as a programming bug.
    message = "Unable to determine the device handle for GPU0000:3B:00.0: GPU is lost. Reboot the system to recover"
    assert verdict_of(clf, "builtins.RuntimeError", message) == (R, "message.gpu_lost")


@pytest.mark.parametrize(
    ("exc_type", "message", "status"),
    [
        # the 5xx family says transient, the general "not found"-like words conflict
        ("ollama._types.ResponseError",
         "llama runner process has terminated: error loading model: unknown model architecture: 'qwen3moe'", 500),
        # ValueError alone says validation
        ("builtins.ValueError",
         "The checkpoint you are trying to load has model type `gemma3` but Transformers does not recognize this "
         "architecture. This could be because of an issue with the checkpoint, or because your version of "
         "Transformers is out of date.", None),
    ],
)  # fmt: skip
def test_a_model_architecture_the_runtime_cannot_load_is_permanent(
    clf: Classifier, exc_type: str, message: str, status: int | None
) -> None:
    assert verdict_of(clf, exc_type, message, status) == (P, "message.model_architecture_unsupported")


def test_a_model_without_the_capability_the_call_uses_is_permanent(clf: Classifier) -> None:
    # The 400 family alone says the request is wrong; the model chosen lacks the capability.
    message = "registry.ollama.ai/library/llama3.2:3b does not support thinking"
    assert verdict_of(clf, "ollama._types.ResponseError", message, 400) == (P, "message.model_capability_unsupported")
    # ... and so is a code that stands for a 400 (AWS ValidationException)
    message = (
        "An error occurred (ValidationException) when calling the ConverseStream operation: This model doesn't "
        "support tool use in streaming mode."
    )
    exc_type = "botocore.errorfactory.ValidationException"
    assert verdict_of(clf, exc_type, message, 400) == (P, "message.model_capability_unsupported")


@pytest.mark.parametrize(
    ("exc_type", "message"),
    [
        ("builtins.ValueError",  # ValueError alone says validation
         "Bfloat16 is only supported on GPUs with compute capability of at least 8.0. Your Tesla V100-SXM2-16GB GPU "
         "has compute capability 7.0."),
        ("builtins.RuntimeError", "FlashAttention only supports Ampere GPUs or newer."),  # RuntimeError: a bug
    ],
)  # fmt: skip
def test_a_gpu_below_the_compute_capability_needed_is_permanent(clf: Classifier, exc_type: str, message: str) -> None:
    assert verdict_of(clf, exc_type, message) == (P, "message.gpu_compute_capability")


def test_an_unsupported_file_type_behind_a_400_is_the_input(clf: Classifier) -> None:
    # "unsupported" alone is a general permanent word, which against the 4xx family is a conflict (unknown).
    message = (
        "400 INVALID_ARGUMENT. {'error': {'code': 400, 'message': 'Unsupported MIME type: image/heic', "
        "'status': 'INVALID_ARGUMENT'}}"
    )
    assert verdict_of(clf, "google.genai.errors.ClientError", message, 400) == (V, "message.unsupported_media_type")


def test_backpressure_named_in_a_wrappers_text_is_transient(clf: Classifier) -> None:
    message = "call failed: Request dropped due to backpressure (num_queued_requests=4, max_queued_requests=4)"
    assert verdict_of(clf, "builtins.RuntimeError", message) == (T, "message.load_shed")


# ------------------------------------------------ evidence ordering


def test_a_daily_token_window_outranks_a_throttling_code(clf: Classifier) -> None:
    # ThrottlingException says transient, and "too many tokens" alone reads as an oversized request; the window named
    # is a day, so a quota that comes back when the day turns.
    message = (
        "An error occurred (ThrottlingException) when calling the Converse operation (reached max retries: 2): "
        "Too many tokens per day, please wait before trying again."
    )
    assert verdict_of(clf, "botocore.errorfactory.ThrottlingException", message, 429) == (R, "message.per_day_tokens")
    wrapped = f"Error raised by bedrock service: {message}"
    assert verdict_of(clf, "builtins.ValueError", wrapped, 429) == (R, "message.per_day_tokens")
    # Named, the window outranks the other capacity words of the same message (as per_day_limit does).
    billing = "Error code: 429 - Too many tokens per day. Check your plan and billing details."
    assert verdict_of(clf, "openai.RateLimitError", billing, 429) == (R, "message.per_day_tokens")
    # ... and over a rate_limit_error code and a "try again later" (both transient)
    daily = (
        "Error code: 429 - {'type': 'error', 'error': {'type': 'rate_limit_error', 'message': 'Number of requests "
        "has exceeded your daily rate limit. Please try again later.'}}"
    )
    assert verdict_of(clf, "anthropic.RateLimitError", daily, 429) == (R, "message.per_day_tokens")


def test_a_broken_gpu_setup_behind_a_transient_code_is_permanent(clf: Classifier) -> None:
    # gRPC INTERNAL says transient; the server's host has a driver older than its CUDA runtime, which every retry on
    # that host meets again.
    message = (
        "[StatusCode.INTERNAL] onnx runtime error 1: CUDA failure 35: CUDA driver version is insufficient for CUDA "
        "runtime version ; GPU=0 ; hostname=triton-0"
    )
    verdict = clf.classify(ErrorSignal(exc_type="tritonclient.utils.InferenceServerException", message=message))
    assert (verdict.category, verdict.rule_id) == (P, "message.gpu_environment")
    assert [item.role for item in verdict.evidence] == ["decided", "overruled"]


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # no reason: the runtime broke an invariant, which is no evidence that a retry works (unknown, not transient)
        ("Blas xGEMM launch failed : a.shape=(8, 64), b.shape=(64, 2), m=8, n=2, k=64 [Op:MatMul]", Category.UNKNOWN),
        # a reason decides
        ("cudaGetDevice() failed. Status: CUDA driver version is insufficient for CUDA runtime version", P),
        ("CUDA runtime implicit initialization on GPU:0 failed. Status: out of memory", R),
    ],
)
def test_tensorflows_internal_error_is_no_server_status(clf: Classifier, message: str, expected: Category) -> None:
    # tf.errors.InternalError shares gRPC INTERNAL's name, which alone reads transient; TensorFlow raises it when an
    # invariant of the local runtime breaks, so its message decides.
    verdict = clf.classify(
        ErrorSignal(exc_type="tensorflow.python.framework.errors_impl.InternalError", message=message)
    )
    assert verdict.category is expected


def test_a_generic_class_echoing_its_own_status_does_not_vote(clf: Classifier) -> None:
    # google-api-core's ResourceExhausted prints its gRPC status as "Resource exhausted": like RESOURCE_EXHAUSTED in a
    # body, that echo does not vote, and the 429 with "try again later" says throttling.
    message = "429 Resource exhausted. Please try again later."
    verdict = clf.classify(
        ErrorSignal(exc_type="google.api_core.exceptions.ResourceExhausted", message=message, http_status=429)
    )
    assert (verdict.category, verdict.rule_id) == (T, "http.429")


@pytest.mark.parametrize(
    "message",
    [
        # the same rule's phrase in other words than the echo still votes
        "429 Resource exhausted: insufficient resources in region us-central1 to serve the request.",
        # and so do other capacity reasons
        "429 Quota exceeded for quota metric 'Generate requests' and limit 'Generate requests per day per project'.",
    ],
)
def test_a_generic_class_is_still_refined_by_a_capacity_reason(clf: Classifier, message: str) -> None:
    verdict = clf.classify(
        ErrorSignal(exc_type="google.api_core.exceptions.ResourceExhausted", message=message, http_status=429)
    )
    assert verdict.category is R


@pytest.mark.parametrize(
    ("exc_type", "message"),
    [
        ("cupy.cuda.compiler.CompileException",
         '/tmp/tmpa1/kern.cu(4): error: identifier "scale" is undefined\n1 error detected in the compilation.'),
        ("triton.runtime.errors.OutOfResources",  # "out of resource" alone reads as exhausted capacity
         "out of resource: shared memory, Required: 196608, Hardware limit: 101376. Reducing block sizes or "
         "`num_stages` may help."),
        ("langgraph.errors.GraphRecursionError",
         "Recursion limit of 10 reached without hitting a stop condition. You can increase the limit by setting the "
         "`recursion_limit` config key."),
        ("langgraph.errors.InvalidUpdateError", "Expected dict, got ['a', 'b']"),
        ("agents.exceptions.UserError", "Hosted tools are not supported with the ChatCompletions API. Got tool type: "
         "<class 'agents.tool.FileSearchTool'>"),
    ],
)  # fmt: skip
def test_kernels_and_agent_graphs_that_must_change_are_permanent(clf: Classifier, exc_type: str, message: str) -> None:
    verdict = clf.classify(ErrorSignal(exc_type=exc_type, message=message))
    assert verdict.category is P
    assert verdict.rule_id.startswith("type.permanent.")


def test_an_instruction_to_complete_the_input_before_retrying_is_validation(clf: Classifier) -> None:
    # InvalidArgument stands for a 400, which a "try again" would refine to transient; the retry is of another input.
    message = (
        "400 Unable to submit request because it has an empty text parameter. Add a value to the parameter and try "
        "again."
    )
    exc_type = "google.api_core.exceptions.InvalidArgument"
    verdict = clf.classify(ErrorSignal(exc_type=exc_type, message=message, http_status=400))
    assert verdict.category is V
    assert ("message.complete_input_then_retry", "agrees") in [(item.rule_id, item.role) for item in verdict.evidence]


@pytest.mark.parametrize(
    ("exc_type", "message", "rule_id"),
    [
        # ValueError alone says validation
        ("builtins.ValueError",
         "Could not load OpenAI model. If you intended to use OpenAI, please check your OPENAI_API_KEY.\nOriginal "
         "error:\nNo API key found for OpenAI.\nPlease set either the OPENAI_API_KEY environment variable or "
         "openai.api_key prior to initialization.", "message.api_key_not_set"),
        ("builtins.ValueError", "Unrecognized keyword arguments passed to Conv2D: {'kernel_regulariser': None}",
         "message.unrecognized_keywords"),
        # a driver error class names no category; its upper-case code is the CUDA driver's own (its CUresult table)
        ("cupy_backends.cuda.api.driver.CUDADriverError", "CUDA_ERROR_UNSUPPORTED_PTX_VERSION: the provided PTX was "
         "compiled with an unsupported toolchain.", "vendor.cuda.CUDA_ERROR_UNSUPPORTED_PTX_VERSION"),
    ],
)  # fmt: skip
def test_setup_and_code_faults_in_ml_libraries_are_permanent(
    clf: Classifier, exc_type: str, message: str, rule_id: str
) -> None:
    assert verdict_of(clf, exc_type, message) == (P, rule_id)
