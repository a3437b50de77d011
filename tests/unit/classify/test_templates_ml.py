"""Message templates of machine-learning, GPU and LLM application stacks, as users see them (issue 10).

Each case is a text the library raises or relays, read in its source or seen verbatim in public tracebacks:
huggingface_hub (utils/_http.py hf_raise_for_status, file_download.py, errors.py, inference/_common.py), safetensors,
tiktoken (core.py, model.py, registry.py, load.py), pgvector (src/vector.c, hnsw/ivfflat builds), chromadb (errors.py,
rust/types), PyTorch (c10 CUDA checks, the caching, MPS and CPU allocators, serialization.py, ProcessGroupNCCL,
autograd), ONNX Runtime's status texts, numpy, scikit-learn, vLLM (engine start-up checks and its OpenAI server), Ollama
(server/routes.go, llm/server.go; ollama-python's ResponseError), llama.cpp's server, text-generation-inference through
huggingface_hub, google-genai and google-api-core (Gemini), Mistral, Cohere, LangGraph, LangChain, LlamaIndex,
transformers, datasets, Pinecone, XGBoost, CuPy, numba, TensorFlow, JAX, weaviate-client (exceptions.py),
accelerate (accelerator.py), LightGBM, qdrant-client's local mode, spaCy, NLTK, wandb and bitsandbytes. Each was filled
with plausible values, given the class users catch and labelled by ../shared/corpus/LABELS.md before the verdict was
looked at. ``WRAPPED`` holds the same texts as an application wrapper prints them
(``RuntimeError(f"{type(exc).__name__}: {exc}")``), with the rule that decides: only a phrase anchored to the
template's words decides there; the cases decided by the wrapper's own weak class are left out, as they are right by
default, not by evidence. ``WEAKER_WOULD_WIN`` pins the rules this sweep added or widened where a weaker signal (the
class alone, a status, a weak base class) says otherwise.
"""

from __future__ import annotations

import pytest

from errorflow.classify import Category, Classifier

from .verdicts import verdict_of

T, R, V, P = Category.TRANSIENT, Category.RESOURCE, Category.VALIDATION, Category.PERMANENT
HH = "huggingface_hub.errors."

# (library, class users catch, str(exception), http status, label)
TEMPLATES: list[tuple[str, str, str, int | None, Category]] = [
    (
        "hf_hub",
        HH + "RevisionNotFoundError",
        (
            "404 Client Error. (Request ID: Root=1-6650ab12-3f1e2d)\n\nRevision Not Found for u"
            "rl: https://huggingface.co/api/models/gpt2/revision/v9.9."
        ),
        404,
        P,
    ),
    (
        "hf_hub",
        HH + "RemoteEntryNotFoundError",
        (
            "404 Client Error. (Request ID: Root=1-6650ab12-3f1e2d)\n\nEntry Not Found for url:"
            " https://huggingface.co/gpt2/resolve/main/adapter_config.json."
        ),
        404,
        P,
    ),
    (
        "hf_hub",
        HH + "GatedRepoError",
        (
            "403 Client Error. (Request ID: Root=1-6650ab12-3f1e2d)\n\nCannot access gated repo"
            " for url https://huggingface.co/meta-llama/Llama-3.1-8B/resolve/main/config.json"
            ".\nAccess to model meta-llama/Llama-3.1-8B is restricted and you are not in the a"
            "uthorized list. Visit https://huggingface.co/meta-llama/Llama-3.1-8B to ask for "
            "access."
        ),
        403,
        P,
    ),
    (
        "hf_hub",
        HH + "GatedRepoError",
        (
            "401 Client Error. (Request ID: Root=1-6650ab12-3f1e2d)\n\nCannot access gated repo"
            " for url https://huggingface.co/meta-llama/Llama-3.1-8B/resolve/main/config.json"
            ".\nAccess to model meta-llama/Llama-3.1-8B is restricted. You must have access to"
            " it and be authenticated to access it. Please log in."
        ),
        401,
        P,
    ),
    (
        "hf_hub",
        HH + "DisabledRepoError",
        (
            "403 Client Error. (Request ID: Root=1-6650ab12-3f1e2d)\n\nCannot access repository"
            " for url https://huggingface.co/api/models/acme/old-model.\nAccess to this resour"
            "ce is disabled."
        ),
        403,
        P,
    ),
    (
        "hf_hub",
        HH + "RepositoryNotFoundError",
        (
            "401 Client Error. (Request ID: Root=1-6650ab12-3f1e2d)\n\nRepository Not Found for"
            " url: https://huggingface.co/api/models/acme/private-model/revision/main.\nPlease"
            " make sure you specified the correct `repo_id` and `repo_type`.\nIf you are tryin"
            "g to access a private or gated repo, make sure you are authenticated and your to"
            "ken has the required permissions.\nFor more details, see https://huggingface.co/d"
            "ocs/huggingface_hub/authentication\nInvalid username or password."
        ),
        401,
        P,
    ),
    (
        "hf_hub",
        HH + "BucketNotFoundError",
        (
            "404 Client Error. (Request ID: Root=1-6650ab12-3f1e2d)\n\nBucket Not Found for url"
            ": https://huggingface.co/api/buckets/acme/data.\nPlease make sure you specified t"
            "he correct bucket id (namespace/name).\nIf the bucket is private, make sure you a"
            "re authenticated and your token has the required permissions."
        ),
        404,
        P,
    ),
    (
        "hf_hub",
        HH + "BadRequestError",
        (
            "Bad request for commit endpoint: (Request ID: Root=1-6650ab12-3f1e2d)\n\nYour push"
            " was rejected because it contains files larger than 10 MiB. Please use https://g"
            "it-lfs.github.com/ to store large files."
        ),
        400,
        V,
    ),
    (
        "hf_hub",
        HH + "HfHubHTTPError",
        (
            "403 Forbidden: You don't have the rights to create a model under the namespace \""
            'acme".\nCannot access content at: https://huggingface.co/api/repos/create.\nMake s'
            "ure your token has the correct permissions."
        ),
        403,
        P,
    ),
    (
        "hf_hub",
        HH + "HfHubHTTPError",
        (
            "429 Too Many Requests: you have reached your 'api' rate limit.\nRetry after 247 s"
            "econds (0/1000 requests remaining in current 300s window).\nUrl: https://huggingf"
            "ace.co/api/models/gpt2."
        ),
        429,
        T,
    ),
    (
        "hf_hub",
        HH + "HfHubHTTPError",
        "429 Too Many Requests for url: https://huggingface.co/api/models/gpt2/tree/main.",
        429,
        T,
    ),
    (
        "hf_hub",
        HH + "HfHubHTTPError",
        (
            "502 Server Error: Bad Gateway for url: https://huggingface.co/api/models/gpt2 (R"
            "equest ID: Root=1-6650ab12-3f1e2d)"
        ),
        502,
        T,
    ),
    (
        "hf_hub",
        HH + "HfHubHTTPError",
        (
            "500 Server Error: Internal Server Error for url: https://huggingface.co/api/mode"
            "ls/acme/m/commit/main (Request ID: Root=1-6650ab12-3f1e2d)\n\nInternal Error - We'"
            "re working hard to fix this as soon as possible!"
        ),
        500,
        T,
    ),
    (
        "hf_hub",
        HH + "LocalEntryNotFoundError",
        (
            "Cannot find the requested files in the disk cache and outgoing traffic has been "
            "disabled. To enable hf.co look-ups and downloads online, set 'local_files_only' "
            "to False."
        ),
        None,
        P,
    ),
    (
        "hf_hub",
        HH + "LocalEntryNotFoundError",
        (
            "An error happened while trying to locate the file on the Hub and we cannot find "
            "the requested files in the local cache. Please check your connection and try aga"
            "in or make sure your Internet connection is on."
        ),
        None,
        T,
    ),
    (
        "hf_hub",
        HH + "OfflineModeIsEnabled",
        (
            "Cannot reach https://huggingface.co/api/models/gpt2: offline mode is enabled. To"
            " disable it, please unset the `HF_HUB_OFFLINE` environment variable."
        ),
        None,
        P,
    ),
    (
        "hf_hub",
        "builtins.OSError",
        (
            "Consistency check failed: file should be of size 4976698672 but has size 1262485"
            "504 (model-00001-of-00004.safetensors).\nThis is usually due to network issues wh"
            "ile downloading the file. Please retry with `force_download=True`."
        ),
        None,
        T,
    ),
    (
        "hf_hub",
        HH + "FileMetadataError",
        (
            "Distant resource does not seem to be on huggingface.co. It is possible that a co"
            "nfiguration issue prevents you from downloading resources from https://huggingfa"
            "ce.co. Please check your firewall and proxy settings and make sure your SSL cert"
            "ificates are updated."
        ),
        None,
        P,
    ),
    (
        "hf_hub",
        HH + "LocalTokenNotFoundError",
        (
            "Token is required (`token=True`), but no token found. You need to provide a toke"
            "n or be logged in to Hugging Face with `hf auth login` or `huggingface_hub.login"
            "`. See https://huggingface.co/settings/tokens."
        ),
        None,
        P,
    ),
    (
        "hf_hub",
        HH + "LocalTokenNotFoundError",
        (
            "Token is required to call the /whoami-v2 endpoint, but no token found. You must "
            "provide a token or be logged in to Hugging Face with `hf auth login` or `hugging"
            "face_hub.login`. See https://huggingface.co/settings/tokens."
        ),
        None,
        P,
    ),
    (
        "hf_hub",
        HH + "HFValidationError",
        (
            "Repo id must be in the form 'repo_name' or 'namespace/repo_name': '/models/llama"
            "/7b'. Use `repo_type` argument if needed."
        ),
        None,
        V,
    ),
    (
        "hf_hub",
        HH + "HFValidationError",
        (
            "Repo id must use alphanumeric chars, '-', '_' or '.'. The name cannot start or e"
            "nd with '-' or '.' and the maximum length is 96: 'my model'."
        ),
        None,
        V,
    ),
    (
        "hf_hub",
        HH + "InferenceTimeoutError",
        "Inference call timed out: https://router.huggingface.co/hf-inference/models/gpt2",
        None,
        T,
    ),
    ("hf_hub", HH + "OverloadedError", "Model is overloaded", None, T),
    (
        "hf_hub",
        HH + "ValidationError",
        (
            "Input validation error: `inputs` tokens + `max_new_tokens` must be <= 4096. Give"
            "n: 4000 `inputs` tokens and 512 `max_new_tokens`"
        ),
        422,
        V,
    ),
    (
        "safetensors",
        "builtins.FileNotFoundError",
        "No such file or directory: /models/llama/model-00001-of-00002.safetensors",
        None,
        P,
    ),
    ("safetensors", "safetensors_rust.SafetensorError", "Device cuda:0 is not supported for framework numpy", None, P),
    (
        "tiktoken",
        "builtins.ValueError",
        (
            "Encountered text corresponding to disallowed special token '<|endoftext|>'.\nIf y"
            "ou want this text to be encoded as a special token, pass it to `allowed_special`"
            ", e.g. `allowed_special={'<|endoftext|>', ...}`.\nIf you want this text to be enc"
            "oded as normal text, disable the check for this token by passing `disallowed_spe"
            "cial=(enc.special_tokens_set - {'<|endoftext|>'})`.\nTo disable this check for al"
            "l special tokens, pass `disallowed_special=()`.\n"
        ),
        None,
        V,
    ),
    (
        "tiktoken",
        "builtins.KeyError",
        (
            "'Could not automatically map gpt-7-turbo to a tokeniser. Please use `tiktoken.ge"
            "t_encoding` to explicitly get the tokeniser you expect.'"
        ),
        None,
        P,
    ),
    (
        "tiktoken",
        "builtins.ValueError",
        (
            "Unknown encoding cl200k_base.\nPlugins found: ['tiktoken_ext.openai_public']\ntikt"
            "oken version: 0.7.0 (are you on latest?)"
        ),
        None,
        P,
    ),
    (
        "tiktoken",
        "builtins.ValueError",
        (
            "Hash mismatch for data downloaded from https://openaipublic.blob.core.windows.ne"
            "t/encodings/cl100k_base.tiktoken (expected 223921b76ee99bde995b7ff738513eef100fb"
            "51d18c93597a113bcffe865b2a7). This may indicate a corrupted download. Please try"
            " again."
        ),
        None,
        T,
    ),
    (
        "tiktoken",
        "builtins.ImportError",
        "blobfile is not installed. Please install it by running `pip install blobfile`.",
        None,
        P,
    ),
    ("pgvector", "psycopg.errors.DataException", "expected 1536 dimensions, not 768", None, V),
    (
        "pgvector",
        "sqlalchemy.exc.DataError",
        (
            "(psycopg2.errors.DataException) expected 1536 dimensions, not 3072\n\n[SQL: INSERT"
            " INTO langchain_pg_embedding (id, collection_id, embedding, document) VALUES (%("
            "id)s, %(collection_id)s, %(embedding)s, %(document)s)]"
        ),
        None,
        V,
    ),
    ("pgvector", "asyncpg.exceptions.DataError", "different vector dimensions 1536 and 768", None, V),
    ("pgvector", "psycopg.errors.DataException", "NaN not allowed in vector", None, V),
    ("pgvector", "psycopg.errors.DataException", "infinite value not allowed in vector", None, V),
    (
        "pgvector",
        "psycopg.errors.InvalidTextRepresentation",
        'invalid input syntax for type vector: "[0.1,0.2,"',
        None,
        V,
    ),
    ("pgvector", "psycopg.errors.ProgramLimitExceeded", "vector cannot have more than 16000 dimensions", None, V),
    (
        "pgvector",
        "psycopg.errors.ProgramLimitExceeded",
        "column cannot have more than 2000 dimensions for hnsw index",
        None,
        P,
    ),
    ("pgvector", "psycopg.errors.UndefinedObject", 'type "vector" does not exist', None, P),
    (
        "chroma",
        "chromadb.errors.NotFoundError",
        "Collection 7f0d6a3c-6e1b-4f3e-9a7c-1c2d3e4f5a6b does not exist.",
        None,
        P,
    ),
    ("chroma", "chromadb.errors.NotFoundError", "Collection [documents] does not exist", None, P),
    (
        "chroma",
        "chromadb.errors.InvalidArgumentError",
        "Collection expecting embedding with dimension of 1536, got 384",
        None,
        V,
    ),
    (
        "chroma",
        "chromadb.errors.InvalidDimensionException",
        "Embedding dimension 384 does not match collection dimensionality 1536",
        None,
        V,
    ),
    ("chroma", "chromadb.errors.InvalidArgumentError", "Inconsistent dimensions in provided embeddings", None, V),
    ("chroma", "chromadb.errors.UniqueConstraintError", "Collection documents already exists", None, V),
    ("chroma", "chromadb.errors.NotFoundError", "Database [prod] not found. Are you sure it exists?", None, P),
    ("chroma", "chromadb.errors.NotFoundError", "Tenant [acme] not found", None, P),
    (
        "chroma",
        "chromadb.errors.BatchSizeExceededError",
        (
            "\n                Cannot submit more than 5,461 embeddings at once.\n             "
            "   Please submit your embeddings in batches of size\n                5,461 or les"
            "s.\n                "
        ),
        None,
        V,
    ),
    (
        "chroma",
        "chromadb.errors.QuotaError",
        "Quota exceeded: Number of records in collection (300001) exceeds limit of 300000",
        None,
        R,
    ),
    (
        "torch",
        "torch.AcceleratorError",
        (
            "CUDA error: no kernel image is available for execution on the device\nCUDA kernel"
            " errors might be asynchronously reported at some other API call, so the stacktra"
            "ce below might be incorrect.\nFor debugging consider passing CUDA_LAUNCH_BLOCKING"
            "=1\nCompile with `TORCH_USE_CUDA_DSA` to enable device-side assertions.\n"
        ),
        None,
        P,
    ),
    (
        "torch",
        "builtins.RuntimeError",
        (
            "CUDA error: no kernel image is available for execution on the device\nCUDA kernel"
            " errors might be asynchronously reported at some other API call, so the stacktra"
            "ce below might be incorrect.\nFor debugging consider passing CUDA_LAUNCH_BLOCKING"
            "=1\nCompile with `TORCH_USE_CUDA_DSA` to enable device-side assertions.\n"
        ),
        None,
        P,
    ),
    (
        "torch",
        "builtins.RuntimeError",
        "CUDA error: CUBLAS_STATUS_ALLOC_FAILED when calling `cublasCreate(handle)`",
        None,
        R,
    ),
    (
        "torch",
        "builtins.RuntimeError",
        (
            "CUDA error: invalid device ordinal\nCUDA kernel errors might be asynchronously re"
            "ported at some other API call, so the stacktrace below might be incorrect.\nFor d"
            "ebugging consider passing CUDA_LAUNCH_BLOCKING=1\nCompile with `TORCH_USE_CUDA_DS"
            "A` to enable device-side assertions.\n"
        ),
        None,
        P,
    ),
    (
        "torch",
        "builtins.RuntimeError",
        (
            "CUDA error: CUDA driver version is insufficient for CUDA runtime version\nCUDA ke"
            "rnel errors might be asynchronously reported at some other API call, so the stac"
            "ktrace below might be incorrect.\nFor debugging consider passing CUDA_LAUNCH_BLOC"
            "KING=1\nCompile with `TORCH_USE_CUDA_DSA` to enable device-side assertions.\n"
        ),
        None,
        P,
    ),
    (
        "torch",
        "builtins.RuntimeError",
        (
            "MPS backend out of memory (MPS allocated: 17.36 GB, other allocations: 613.56 MB"
            ", max allowed: 18.13 GB). Tried to allocate 192.00 MB on private pool. Use PYTOR"
            "CH_MPS_HIGH_WATERMARK_RATIO=0.0 to disable upper limit for memory allocations (m"
            "ay cause system failure)."
        ),
        None,
        R,
    ),
    (
        "torch",
        "builtins.RuntimeError",
        (
            "[enforce fail at alloc_cpu.cpp:117] data. DefaultCPUAllocator: not enough memory"
            ": you tried to allocate 37984010240 bytes."
        ),
        None,
        R,
    ),
    (
        "torch",
        "torch.OutOfMemoryError",
        (
            "HIP out of memory. Tried to allocate 512.00 MiB. GPU 0 has a total capacity of 6"
            "3.98 GiB of which 120.00 MiB is free. Of the allocated memory 62.10 GiB is alloc"
            "ated by PyTorch, and 1.20 GiB is reserved by PyTorch but unallocated."
        ),
        None,
        R,
    ),
    (
        "torch",
        "torch.cuda.OutOfMemoryError",
        (
            "CUDA out of memory. Tried to allocate 20.00 MiB (GPU 0; 7.79 GiB total capacity;"
            " 6.51 GiB already allocated; 11.44 MiB free; 6.72 GiB reserved in total by PyTor"
            "ch) If reserved memory is >> allocated memory try setting max_split_size_mb to a"
            "void fragmentation.  See documentation for Memory Management and PYTORCH_CUDA_AL"
            "LOC_CONF"
        ),
        None,
        R,
    ),
    (
        "torch",
        "_pickle.UnpicklingError",
        (
            "Weights only load failed. This file can still be loaded, to do so you have two o"
            "ptions, do those steps only if you trust the source of the checkpoint. \n\t(1) In "
            "PyTorch 2.6, we changed the default value of the `weights_only` argument in `tor"
            "ch.load` from `False` to `True`. Re-running `torch.load` with `weights_only` set"
            " to `False` will likely succeed, but it can result in arbitrary code execution. "
            "Do it only if you got the file from a trusted source.\n\t(2) Alternatively, to loa"
            "d with `weights_only=True` please check the recommended steps in the following e"
            "rror message.\n\tWeightsUnpickler error: Unsupported global: GLOBAL numpy.core.mul"
            "tiarray.scalar was not an allowed global by default."
        ),
        None,
        P,
    ),
    (
        "torch",
        "builtins.RuntimeError",
        (
            'Error(s) in loading state_dict for ResNet:\n\tMissing key(s) in state_dict: "fc.we'
            'ight", "fc.bias". \n\tUnexpected key(s) in state_dict: "classifier.weight", "class'
            'ifier.bias". '
        ),
        None,
        P,
    ),
    (
        "torch",
        "builtins.RuntimeError",
        "Input type (torch.cuda.FloatTensor) and weight type (torch.FloatTensor) should be the same",
        None,
        P,
    ),
    ("torch", "builtins.RuntimeError", "expected scalar type Float but found Half", None, P),
    (
        "torch",
        "builtins.RuntimeError",
        "element 0 of tensors does not require grad and does not have a grad_fn",
        None,
        P,
    ),
    (
        "torch",
        "builtins.RuntimeError",
        (
            "Trying to backward through the graph a second time (or directly access saved ten"
            "sors after they have already been freed). Saved intermediate values of the graph"
            " are freed when you call .backward() or autograd.grad(). Specify retain_graph=Tr"
            "ue if you need to backward through the graph a second time or if you need to acc"
            "ess saved tensors after calling backward."
        ),
        None,
        P,
    ),
    (
        "torch",
        "builtins.RuntimeError",
        (
            "one of the variables needed for gradient computation has been modified by an inp"
            "lace operation: [torch.cuda.FloatTensor [64, 128]], which is output 0 of ReluBac"
            "kward0, is at version 2; expected version 1 instead. Hint: enable anomaly detect"
            "ion to find the operation that failed to compute its gradient, with torch.autogr"
            "ad.set_detect_anomaly(True)."
        ),
        None,
        P,
    ),
    (
        "torch",
        "builtins.ValueError",
        "Default process group has not been initialized, please make sure to call init_process_group.",
        None,
        P,
    ),
    ("torch", "builtins.AssertionError", "Torch not compiled with CUDA enabled", None, P),
    (
        "torch",
        "torch.distributed.DistStoreError",
        "Timed out after 1801 seconds waiting for clients. 1/2 clients joined.",
        None,
        T,
    ),
    (
        "torch",
        "builtins.RuntimeError",
        "[../third_party/gloo/gloo/transport/tcp/pair.cc:598] Connection closed by peer [10.0.0.2]:22013",
        None,
        T,
    ),
    (
        "onnxruntime",
        "onnxruntime.capi.onnxruntime_pybind11_state.NoSuchFile",
        (
            "[ONNXRuntimeError] : 3 : NO_SUCHFILE : Load model from /models/unet/1.0.0/model."
            "onnx failed:Load model /models/unet/1.0.0/model.onnx failed. File doesn't exist"
        ),
        None,
        P,
    ),
    (
        "onnxruntime",
        "onnxruntime.capi.onnxruntime_pybind11_state.InvalidArgument",
        (
            "[ONNXRuntimeError] : 2 : INVALID_ARGUMENT : Got invalid dimensions for input: da"
            "ta for the following indices\n index: 0 Got: 2 Expected: 1\n Please fix either the"
            " inputs or the model."
        ),
        None,
        V,
    ),
    (
        "onnxruntime",
        "onnxruntime.capi.onnxruntime_pybind11_state.NotImplemented",
        (
            "[ONNXRuntimeError] : 9 : NOT_IMPLEMENTED : Could not find an implementation for "
            "ConvInteger(10) node with name '/conv1/Conv_quant'"
        ),
        None,
        P,
    ),
    (
        "onnxruntime",
        "builtins.Exception",
        (
            "[ONNXRuntimeError] : 3 : NO_SUCHFILE : Load model from /root/.cache/fastembed/mo"
            "del.onnx failed. File doesn't exist"
        ),
        None,
        P,
    ),
    (
        "numpy",
        "numpy.core._exceptions._ArrayMemoryError",
        "Unable to allocate 7.45 GiB for an array with shape (1000000, 1000) and data type float64",
        None,
        R,
    ),
    (
        "numpy",
        "numpy._core._exceptions._ArrayMemoryError",
        "Unable to allocate 1.49 TiB for an array with shape (640000, 320000) and data type float64",
        None,
        R,
    ),
    ("numpy", "numpy.linalg.LinAlgError", "Singular matrix", None, V),
    ("numpy", "numpy.linalg.LinAlgError", "SVD did not converge", None, V),
    ("numpy", "numpy.linalg.LinAlgError", "Matrix is not positive definite", None, V),
    ("numpy", "numpy.exceptions.AxisError", "axis 2 is out of bounds for array of dimension 2", None, P),
    (
        "sklearn",
        "builtins.ValueError",
        "Found input variables with inconsistent numbers of samples: [100, 99]",
        None,
        V,
    ),
    (
        "sklearn",
        "builtins.ValueError",
        "X has 10 features, but StandardScaler is expecting 12 features as input.",
        None,
        V,
    ),
    (
        "sklearn",
        "builtins.ValueError",
        (
            "The least populated class in y has only 1 member, which is too few. The minimum "
            "number of groups for any class cannot be less than 2."
        ),
        None,
        V,
    ),
    ("sklearn", "builtins.ValueError", "Input X contains infinity or a value too large for dtype('float64').", None, V),
    ("sklearn", "builtins.ValueError", "Input y contains NaN.", None, V),
    (
        "sklearn",
        "sklearn.utils._param_validation.InvalidParameterError",
        "The 'n_estimators' parameter of RandomForestClassifier must be an int in the range [1, inf). Got 0 instead.",
        None,
        V,
    ),
    (
        "sklearn",
        "builtins.ValueError",
        "This solver needs samples of at least 2 classes in the data, but the data contains only one class: 0",
        None,
        V,
    ),
    (
        "sklearn",
        "builtins.ValueError",
        (
            "Unknown label type: continuous. Maybe you are trying to fit a classifier, which "
            "expects discrete classes on a regression target with continuous values."
        ),
        None,
        V,
    ),
    (
        "sklearn",
        "sklearn.exceptions.NotFittedError",
        (
            "This LogisticRegression instance is not fitted yet. Call 'fit' with appropriate "
            "arguments before using this estimator."
        ),
        None,
        P,
    ),
    (
        "vllm",
        "builtins.ValueError",
        (
            "The model's max seq len (30000) is larger than the maximum number of tokens that"
            " can be stored in KV cache (19632). Try increasing `gpu_memory_utilization` or d"
            "ecreasing `max_model_len` when initializing the engine."
        ),
        None,
        R,
    ),
    (
        "vllm",
        "builtins.ValueError",
        (
            "No available memory for the cache blocks. Try increasing `gpu_memory_utilization"
            "` when initializing the engine."
        ),
        None,
        R,
    ),
    (
        "vllm",
        "builtins.ValueError",
        (
            "To serve at least one request with the models's max seq len (262144), (24.00 GiB"
            " KV cache is needed, which is larger than the available KV cache memory (8.68 Gi"
            "B). Based on the available memory, the estimated maximum model length is 94784. "
            "Try increasing `gpu_memory_utilization` or decreasing `max_model_len` when initi"
            "alizing the engine."
        ),
        None,
        R,
    ),
    (
        "vllm",
        "builtins.ValueError",
        (
            "Free memory on device cuda:0 (12.18/23.56 GiB) on startup is less than desired G"
            "PU memory utilization (0.92, 21.67 GiB). Decrease GPU memory utilization or redu"
            "ce GPU memory used by other processes."
        ),
        None,
        R,
    ),
    (
        "vllm",
        "builtins.ValueError",
        (
            "The decoder prompt (length 12324) is longer than the maximum model length of 819"
            "2. Make sure that `max_model_len` is no smaller than the number of text tokens."
        ),
        None,
        V,
    ),
    (
        "vllm",
        "openai.BadRequestError",
        (
            "Error code: 400 - {'object': 'error', 'message': \"This model's maximum context l"
            "ength is 4096 tokens. However, you requested 5000 tokens (4000 in the messages, "
            "1000 in the completion). Please reduce the length of the messages or completion."
            "\", 'type': 'BadRequestError', 'param': None, 'code': 400}"
        ),
        400,
        V,
    ),
    (
        "vllm",
        "openai.NotFoundError",
        (
            "Error code: 404 - {'object': 'error', 'message': 'The model `gpt-4o` does not ex"
            "ist.', 'type': 'NotFoundError', 'param': None, 'code': 404}"
        ),
        404,
        P,
    ),
    (
        "vllm",
        "openai.BadRequestError",
        (
            "Error code: 400 - {'object': 'error', 'message': 'input is longer than the maxim"
            "um model length of 32768', 'type': 'BadRequestError', 'param': None, 'code': 400"
            "}"
        ),
        400,
        V,
    ),
    (
        "ollama",
        "ollama._types.ResponseError",
        'model "llama3.1" not found, try pulling it first (status code: 404)',
        404,
        P,
    ),
    ("ollama", "ollama._types.ResponseError", "model 'qwen2.5:7b' not found (status code: 404)", 404, P),
    ("ollama", "ollama._types.ResponseError", '"gemma:2b" does not support chat (status code: 400)', 400, P),
    (
        "ollama",
        "ollama._types.ResponseError",
        "registry.ollama.ai/library/llama2:latest does not support tools (status code: 400)",
        400,
        P,
    ),
    (
        "ollama",
        "ollama._types.ResponseError",
        "server busy, please try again.  maximum pending requests exceeded (status code: 503)",
        503,
        T,
    ),
    ("ollama", "ollama._types.ResponseError", "top_logprobs must be between 0 and 20 (status code: 400)", 400, V),
    (
        "ollama",
        "ollama._types.ResponseError",
        "llama-server reported out-of-memory during startup: cudaMalloc failed: out of memory (status code: 500)",
        500,
        R,
    ),
    (
        "ollama",
        "ollama._types.ResponseError",
        "digest mismatch, file must be downloaded again (status code: 500)",
        500,
        T,
    ),
    ("ollama", "ollama._types.ResponseError", "unauthorized (status code: 401)", 401, P),
    (
        "ollama",
        "ollama._types.ResponseError",
        "timed out waiting for llama-server to start: context deadline exceeded (status code: 500)",
        500,
        T,
    ),
    (
        "llama.cpp",
        "openai.BadRequestError",
        (
            "Error code: 400 - {'error': {'code': 400, 'message': 'the request exceeds the av"
            "ailable context size, try increasing it', 'type': 'exceed_context_size_error', '"
            "n_prompt_tokens': 9000, 'n_ctx': 8192}}"
        ),
        400,
        V,
    ),
    (
        "llama.cpp",
        "openai.InternalServerError",
        "Error code: 503 - {'error': {'code': 503, 'message': 'Loading model', 'type': 'unavailable_error'}}",
        503,
        T,
    ),
    (
        "llama.cpp",
        "builtins.RuntimeError",
        (
            'llama.cpp server returned 400: {"error":{"code":400,"message":"the request excee'
            'ds the available context size, try increasing it","type":"exceed_context_size_er'
            'ror"}}'
        ),
        None,
        V,
    ),
    (
        "tgi",
        HH + "GenerationError",
        "Request failed during generation: Server error: CUDA out of memory. Tried to allocate 1.50 GiB",
        None,
        R,
    ),
    ("tgi", HH + "ValidationError", "Input validation error: `temperature` must be strictly positive", 422, V),
    (
        "tgi",
        HH + "ValidationError",
        "Input validation error: `inputs` must have less than 4096 tokens. Given: 5120",
        422,
        V,
    ),
    ("tgi", HH + "OverloadedError", "Model is overloaded", 429, T),
    (
        "gemini",
        "google.genai.errors.ClientError",
        (
            "404 NOT_FOUND. {'error': {'code': 404, 'message': 'models/gemini-1.5-flash is no"
            "t found for API version v1beta, or is not supported for generateContent. Call Li"
            "stModels to see the list of available models and their supported methods.', 'sta"
            "tus': 'NOT_FOUND'}}"
        ),
        404,
        P,
    ),
    (
        "gemini",
        "google.genai.errors.ClientError",
        (
            "400 FAILED_PRECONDITION. {'error': {'code': 400, 'message': 'User location is no"
            "t supported for the API use.', 'status': 'FAILED_PRECONDITION'}}"
        ),
        400,
        P,
    ),
    (
        "gemini",
        "google.genai.errors.ClientError",
        (
            "400 INVALID_ARGUMENT. {'error': {'code': 400, 'message': 'The input token count "
            "(1200000) exceeds the maximum number of tokens allowed (1048576).', 'status': 'I"
            "NVALID_ARGUMENT'}}"
        ),
        400,
        V,
    ),
    (
        "gemini",
        "google.genai.errors.ServerError",
        (
            "503 UNAVAILABLE. {'error': {'code': 503, 'message': 'The model is overloaded. Pl"
            "ease try again later.', 'status': 'UNAVAILABLE'}}"
        ),
        503,
        T,
    ),
    (
        "gemini",
        "builtins.RuntimeError",
        (
            "Gemini call failed: 503 UNAVAILABLE. {'error': {'code': 503, 'message': 'The mod"
            "el is overloaded. Please try again later.', 'status': 'UNAVAILABLE'}}"
        ),
        None,
        T,
    ),
    (
        "gemini",
        "builtins.RuntimeError",
        (
            "Gemini call failed: 400 INVALID_ARGUMENT. {'error': {'code': 400, 'message': 'Th"
            "e input token count (1196265) exceeds the maximum number of tokens allowed (1048"
            "575).', 'status': 'INVALID_ARGUMENT'}}"
        ),
        None,
        V,
    ),
    (
        "gemini",
        "builtins.RuntimeError",
        (
            "Gemini API error: models/gemini-pro is not found for API version v1beta, or is n"
            "ot supported for generateContent. Call ListModels to see the list of available m"
            "odels and their supported methods."
        ),
        None,
        P,
    ),
    (
        "gemini",
        "google.api_core.exceptions.ServiceUnavailable",
        "503 The model is overloaded. Please try again later.",
        503,
        T,
    ),
    (
        "gemini",
        "google.api_core.exceptions.FailedPrecondition",
        "400 User location is not supported for the API use.",
        400,
        P,
    ),
    (
        "mistral",
        "mistralai.models.sdkerror.SDKError",
        (
            'API error occurred: Status 429\n{"object":"error","message":"Service tier capacit'
            'y exceeded for this model.","type":"service_tier_capacity_exceeded","param":null'
            ',"code":"3505"}'
        ),
        429,
        T,
    ),
    (
        "mistral",
        "mistralai.models.sdkerror.SDKError",
        (
            'API error occurred: Status 400\n{"object":"error","message":"Prompt contains 4000'
            "0 tokens and 0 draft tokens, too large for model with 32768 maximum context leng"
            'th","type":"invalid_request_error","param":null,"code":null}'
        ),
        400,
        V,
    ),
    (
        "mistral",
        "builtins.RuntimeError",
        "Mistral request failed: Prompt contains 65673 tokens, too large for model with 32768 maximum context length",
        None,
        V,
    ),
    (
        "mistral",
        "builtins.RuntimeError",
        "Mistral API error: 429 - Service tier capacity exceeded for this model",
        None,
        T,
    ),
    (
        "cohere",
        "cohere.errors.TooManyRequestsError",
        (
            'status_code: 429, body: data=None message="You are using a Trial key, which is l'
            "imited to 1000 API calls / month. You can continue to use the Trial key for free"
            " or upgrade to a Production key with higher rate limits at 'https://dashboard.co"
            "here.com/api-keys'. Contact us on 'https://discord.gg/XW44jPfYJu' or email us at"
            ' support@cohere.com with any questions"'
        ),
        429,
        R,
    ),
    (
        "cohere",
        "cohere.errors.TooManyRequestsError",
        (
            "status_code: 429, body: {'id': 'a1b2', 'message': 'You are using a Trial key, wh"
            "ich is limited to 20 API calls / minute. You can continue to use the Trial key f"
            "or free or upgrade to a Production key with higher rate limits'}"
        ),
        429,
        T,
    ),
    (
        "cohere",
        "builtins.RuntimeError",
        'Cohere returned HTTP 429: {"message":"You are using a Trial key, which is limited to 1000 API calls / month"}',
        None,
        R,
    ),
    (
        "langgraph",
        "langgraph.errors.GraphRecursionError",
        (
            "Recursion limit of 25 reached without hitting a stop condition. You can increase"
            " the limit by setting the `recursion_limit` config key.\nFor troubleshooting, vis"
            "it: https://python.langchain.com/docs/troubleshooting/errors/GRAPH_RECURSION_LIM"
            "IT"
        ),
        None,
        P,
    ),
    (
        "langchain",
        "pydantic_core._pydantic_core.ValidationError",
        (
            "1 validation error for OpenAI\n  Value error, Did not find openai_api_key, please"
            " add an environment variable `OPENAI_API_KEY` which contains it, or pass `openai"
            "_api_key` as a named parameter. [type=value_error, input_value={'model_kwargs': "
            "{}, 'nam...ne, 'http_client': None}, input_type=dict]\n    For further informatio"
            "n visit https://errors.pydantic.dev/2.5/v/value_error"
        ),
        None,
        P,
    ),
    (
        "llama_index",
        "builtins.ValueError",
        (
            "\n******\nCould not load OpenAI model. If you intended to use OpenAI, please check"
            " your OPENAI_API_KEY.\nOriginal error:\nNo API key found for OpenAI.\nPlease set ei"
            "ther the OPENAI_API_KEY environment variable or openai.api_key prior to initiali"
            "zation.\nAPI keys can be found or created at https://platform.openai.com/account/"
            "api-keys\n******"
        ),
        None,
        P,
    ),
    (
        "transformers",
        "builtins.OSError",
        (
            "Can't load tokenizer for 'bert-base-uncsed'. If you were trying to load it from "
            "'https://huggingface.co/models', make sure you don't have a local directory with"
            " the same name. Otherwise, make sure 'bert-base-uncsed' is the correct path to a"
            " directory containing all relevant files for a BertTokenizerFast tokenizer."
        ),
        None,
        P,
    ),
    (
        "transformers",
        "builtins.OSError",
        (
            "You are trying to access a gated repo.\nMake sure to have access to it at https:/"
            "/huggingface.co/google/gemma-3-1b-pt.\n401 Client Error. (Request ID: Root=1-689e"
            "eb63-2e65ce6c208fdc3759534491)\n\nCannot access gated repo for url https://hugging"
            "face.co/google/gemma-3-1b-pt/resolve/main/config.json.\nAccess to model google/ge"
            "mma-3-1b-pt is restricted. You must have access to it and be authenticated to ac"
            "cess it. Please log in."
        ),
        None,
        P,
    ),
    (
        "transformers",
        "builtins.OSError",
        (
            "We couldn't connect to 'https://huggingface.co' to load this file, couldn't find"
            " it in the cached files and it looks like digitalepidemiologylab/covid-twitter-b"
            "ert is not the path to a directory containing a file named config.json.\nCheckout"
            " your internet connection or see how to run the library in offline mode at 'http"
            "s://huggingface.co/docs/transformers/installation#offline-mode'."
        ),
        None,
        T,
    ),
    (
        "transformers",
        "builtins.ValueError",
        (
            "The checkpoint you are trying to load has model type `qwen3_5` but Transformers "
            "does not recognize this architecture. This could be because of an issue with the"
            " checkpoint, or because your version of Transformers is out of date."
        ),
        None,
        P,
    ),
    (
        "datasets",
        "datasets.exceptions.DatasetNotFoundError",
        "Dataset 'lighteval/MATH' doesn't exist on the Hub or cannot be accessed.",
        None,
        P,
    ),
    (
        "datasets",
        "datasets.exceptions.DatasetNotFoundError",
        (
            "Dataset 'yale-nlp/FOLIO' is a gated dataset on the Hub. Visit the dataset page a"
            "t https://huggingface.co/datasets/yale-nlp/FOLIO to ask for access."
        ),
        None,
        P,
    ),
    (
        "datasets",
        "builtins.ValueError",
        (
            "Config name is missing.\nPlease pick one among the available configs: ['cola', 's"
            "st2', 'mrpc', 'qqp']\nExample of usage:\n\t`load_dataset('glue', 'cola')`"
        ),
        None,
        P,
    ),
    (
        "pinecone",
        "pinecone.exceptions.PineconeApiException",
        (
            "(404)\nReason: Not Found\nHTTP response headers: HTTPHeaderDict({'Date': 'Sun, 22 "
            "Mar 2026 10:33:34 GMT', 'Content-Type': 'application/json', 'Content-Length': '5"
            '5\'})\nHTTP response body: {"code":5,"message":"Namespace not found","details":[]}'
            "\n"
        ),
        404,
        P,
    ),
    (
        "pinecone",
        "pinecone.exceptions.ForbiddenException",
        (
            "(403)\nReason: Forbidden\nHTTP response headers: HTTPHeaderDict({'content-type': '"
            'application/json\'})\nHTTP response body: {"error":{"code":"FORBIDDEN","message":"'
            "Request failed. You've reached the max serverless indexes allowed in project Def"
            "ault (5). Use namespaces to partition your data into logical groups, or upgrade "
            'your plan to add more serverless indexes."},"status":403}\n'
        ),
        403,
        R,
    ),
    (
        "pinecone",
        "pinecone.errors.exceptions.ForbiddenError",
        (
            "[403 FORBIDDEN] Request failed. You've reached the max serverless indexes allowe"
            "d in project Default (5). Use namespaces to partition your data into logical gro"
            "ups, or upgrade your plan to add more serverless indexes."
        ),
        403,
        R,
    ),
    (
        "pinecone",
        "pinecone.errors.exceptions.IndexTerminatedError",
        "Index 'docs' entered terminal state 'Terminating'. Check status with pc.describe_index(name='docs').",
        None,
        P,
    ),
    (
        "xgboost",
        "xgboost.core.XGBoostError",
        (
            "[02:17:27] /workspace/src/data/data.cc:507: Check failed: valid: Label contains "
            "NaN, infinity or a value too large.\nStack trace:\n  [bt] (0) /usr/local/lib/pytho"
            "n3.11/dist-packages/xgboost/lib/libxgboost.so(+0x3588ca) [0x7ffea377a8ca]"
        ),
        None,
        V,
    ),
    (
        "cupy",
        "cupy.cuda.memory.OutOfMemoryError",
        "Out of memory allocating 1,073,741,824 bytes (allocated so far: 4,294,967,296 bytes).",
        None,
        R,
    ),
    (
        "numba",
        "numba.cuda.cudadrv.driver.CudaAPIError",
        "[2] Call to cuMemAlloc results in CUDA_ERROR_OUT_OF_MEMORY",
        None,
        R,
    ),
    (
        "tensorflow",
        "tensorflow.python.framework.errors_impl.NotFoundError",
        "/models/export/saved_model.pb; No such file or directory",
        None,
        P,
    ),
    (
        "tensorflow",
        "tensorflow.python.framework.errors_impl.NotFoundError",
        "Key dense/kernel not found in checkpoint",
        None,
        P,
    ),
    ("tensorflow", "tensorflow.python.framework.errors_impl.DeadlineExceededError", "Deadline Exceeded", None, T),
    ("tensorflow", "tensorflow.python.framework.errors_impl.UnavailableError", "Socket closed", None, T),
    (
        "tensorflow",
        "tensorflow.python.framework.errors_impl.PermissionDeniedError",
        "/data/train.tfrecord; Permission denied",
        None,
        P,
    ),
    (
        "tensorflow",
        "tensorflow.python.framework.errors_impl.ResourceExhaustedError",
        "Out of memory while trying to allocate 4294967296 bytes.",
        None,
        R,
    ),
    (
        "jax",
        "jaxlib.xla_extension.XlaRuntimeError",
        "RESOURCE_EXHAUSTED: Out of memory allocating 17179869184 bytes.",
        None,
        R,
    ),
    (
        "jax",
        "jax.errors.TracerBoolConversionError",
        (
            "Attempted boolean conversion of traced array with shape bool[].\nThe error occurr"
            "ed while tracing the function f at /app/model.py:12 for jit."
        ),
        None,
        P,
    ),
    (
        "weaviate",
        "weaviate.exceptions.WeaviateClosedClientError",
        "The `WeaviateClient` is closed. Run `client.connect()` to (re)connect!",
        None,
        P,
    ),
    (
        "weaviate",
        "weaviate.exceptions.WeaviateTimeoutError",
        (
            "The request to Weaviate timed out while awaiting a response. Try adjusting the t"
            "imeout config for your client. Details: <AioRpcError of RPC that terminated with"
            ':\n\tstatus = StatusCode.DEADLINE_EXCEEDED\n\tdetails = "Deadline Exceeded"\n>'
        ),
        None,
        T,
    ),
    (
        "weaviate",
        "weaviate.exceptions.WeaviateConnectionError",
        "Connection to Weaviate failed. Details: [Errno 111] Connection refused",
        None,
        T,
    ),
    (
        "weaviate",
        "weaviate.exceptions.WeaviateUnsupportedFeatureError",
        (
            "Multi-tenancy is not supported by your connected server's Weaviate version. The "
            "current version is 1.19.0, but the feature requires at least version 1.20.0."
        ),
        None,
        P,
    ),
    (
        "weaviate",
        "weaviate.exceptions.WeaviateInsertInvalidPropertyError",
        (
            "It is forbidden to insert `id` or `vector` inside properties: {'id': 1, 'title':"
            " 'x'}. Only properties defined in your collection's config can be inserted as pr"
            "operties of the object, `id` is totally forbidden as it is reserved and `vector`"
            " is forbidden at this level. You should use the `DataObject` class if you wish t"
            "o insert an object with a custom `vector` whilst inserting its properties."
        ),
        None,
        V,
    ),
    (
        "weaviate",
        "weaviate.exceptions.UnexpectedStatusCodeError",
        (
            "Collection may not have been created properly.! Unexpected status code: 422, wit"
            "h response body: {'error': [{'message': 'class name \"Article\" already exists'}]}"
            "."
        ),
        422,
        V,
    ),
    (
        "weaviate",
        "weaviate.exceptions.InsufficientPermissionsError",
        (
            "forbidden! Unexpected status code: 403, with response body: {'error': [{'message"
            "': 'authorization, forbidden action: user \\'reader\\' has insufficient permission"
            "s to create_collections [Collection: Article]'}]}."
        ),
        403,
        P,
    ),
    (
        "weaviate",
        "weaviate.exceptions.UnexpectedStatusCodeError",
        (
            "Object was not added! Unexpected status code: 413, with response body: None. Pay"
            "load Too Large. Try to decrease the batch size or increase the maximum request s"
            "ize on your weaviate\n         server."
        ),
        413,
        V,
    ),
    (
        "weaviate",
        "weaviate.exceptions.WeaviateQueryError",
        (
            "Query call with protocol GRPC search failed with message explorer: get class: ve"
            "ctor search: object vector search at index article: shard article_x7Kp: vector s"
            "earch: knn search: distance between entrypoint and query node: vector lengths do"
            "n't match: 1536 vs 768."
        ),
        None,
        V,
    ),
    (
        "weaviate",
        "weaviate.exceptions.WeaviateAgentsNotInstalledError",
        (
            "Weaviate Agents (Alpha) functionality requires additional dependencies. Please i"
            'nstall them using: "pip install weaviate-client[agents]"'
        ),
        None,
        P,
    ),
    (
        "accelerate",
        "builtins.ImportError",
        "DeepSpeed is not installed => run `pip install deepspeed` or build it from source.",
        None,
        P,
    ),
    (
        "accelerate",
        "builtins.ValueError",
        (
            "You can't train a model that has been loaded with `device_map='auto'` in any dis"
            "tributed mode. Please rerun your script specifying `--num_processes=1` or by lau"
            "nching with `python {{myscript.py}}`."
        ),
        None,
        P,
    ),
    (
        "accelerate",
        "builtins.ValueError",
        "bf16 mixed precision requires PyTorch >= 1.10 and a supported device.",
        None,
        P,
    ),
    (
        "accelerate",
        "builtins.RuntimeError",
        "Tensor parallelism is not configured. Set `parallelism_config` first.",
        None,
        P,
    ),
    (
        "accelerate",
        "builtins.ValueError",
        (
            "You can't train a model that has been loaded in 8-bit or 4-bit precision on mult"
            "iple devices in any distributed mode. In order to use 8-bit or 4-bit models that"
            " have been loaded across multiple GPUs the solution is to use Naive Pipeline Par"
            "allelism."
        ),
        None,
        P,
    ),
    (
        "lightgbm",
        "lightgbm.basic.LightGBMError",
        (
            "The number of features in data (92) is not the same as it was in training data ("
            "95).\nYou can set ``predict_disable_shape_check=true`` to discard this error, but"
            " please be aware what you are doing."
        ),
        None,
        V,
    ),
    (
        "lightgbm",
        "builtins.RuntimeError",
        "LightGBMError: The number of features in data (135) is not the same as it was in training data (193).",
        None,
        V,
    ),
    ("qdrant", "builtins.ValueError", "Collection documents not found", None, P),
    ("qdrant", "builtins.RuntimeError", "QdrantLocal instance is closed. Please create a new instance.", None, P),
    ("qdrant", "builtins.ValueError", "Collection documents already exists", None, V),
    (
        "hf_hub",
        HH + "HfHubHTTPError",
        (
            "402 Client Error: Payment Required for url: https://router.huggingface.co/hf-inf"
            "erence/models/stabilityai/stable-diffusion-2-inpainting (Request ID: Root=1-67ee"
            "3d50-44017165644014b531529bab)\n\nYou have exceeded your monthly included credits "
            "for Inference Providers. Subscribe to PRO to get 20x more monthly included credi"
            "ts."
        ),
        402,
        R,
    ),
    (
        "hf_hub",
        "builtins.RuntimeError",
        (
            "HF inference failed: You have exceeded your monthly included credits for Inferen"
            "ce Providers. Subscribe to PRO to get 20x more monthly included credits."
        ),
        None,
        R,
    ),
    (
        "spacy",
        "builtins.OSError",
        (
            "[E050] Can't find model 'en_core_web_sm'. It doesn't seem to be a Python package"
            " or a valid path to a data directory."
        ),
        None,
        P,
    ),
    (
        "nltk",
        "builtins.LookupError",
        (
            "\n**********************************************************************\n  Resour"
            "ce punkt not found.\n  Please use the NLTK Downloader to obtain the resource:\n\n  "
            ">>> import nltk\n  >>> nltk.download('punkt')\n  \n  For more information see: http"
            "s://www.nltk.org/data.html\n\n  Attempted to load tokenizers/punkt/PY3/english.pic"
            "kle\n\n  Searched in:\n    - '/root/nltk_data'\n    - '/usr/local/nltk_data'\n*******"
            "***************************************************************\n"
        ),
        None,
        P,
    ),
    (
        "wandb",
        "wandb.errors.errors.UsageError",
        "api_key not configured (no-tty). call wandb.login(key=[your_api_key])",
        None,
        P,
    ),
    (
        "bitsandbytes",
        "builtins.RuntimeError",
        (
            "\n        CUDA Setup failed despite GPU being available. Please run the following"
            " command to get more information:\n\n        python -m bitsandbytes\n\n        Inspe"
            "ct the output of the command and see if you can locate CUDA libraries. You might"
            " need to add them\n        to your LD_LIBRARY_PATH. If you suspect a bug, please "
            "take the information from python -m bitsandbytes\n        and open an issue at: h"
            "ttps://github.com/TimDettmers/bitsandbytes/issues"
        ),
        None,
        P,
    ),
]

WRAPPED: list[tuple[str, str, Category, str]] = [
    (
        "hf_hub",
        (
            "RevisionNotFoundError: 404 Client Error. (Request ID: Root=1-6650ab12-3f1e2d)\n\nR"
            "evision Not Found for url: https://huggingface.co/api/models/gpt2/revision/v9.9."
        ),
        P,
        "http.404",
    ),
    (
        "hf_hub",
        (
            "RemoteEntryNotFoundError: 404 Client Error. (Request ID: Root=1-6650ab12-3f1e2d)"
            "\n\nEntry Not Found for url: https://huggingface.co/gpt2/resolve/main/adapter_conf"
            "ig.json."
        ),
        P,
        "http.404",
    ),
    (
        "hf_hub",
        (
            "GatedRepoError: 403 Client Error. (Request ID: Root=1-6650ab12-3f1e2d)\n\nCannot a"
            "ccess gated repo for url https://huggingface.co/meta-llama/Llama-3.1-8B/resolve/"
            "main/config.json.\nAccess to model meta-llama/Llama-3.1-8B is restricted and you "
            "are not in the authorized list. Visit https://huggingface.co/meta-llama/Llama-3."
            "1-8B to ask for access."
        ),
        P,
        "http.403",
    ),
    (
        "hf_hub",
        (
            "GatedRepoError: 401 Client Error. (Request ID: Root=1-6650ab12-3f1e2d)\n\nCannot a"
            "ccess gated repo for url https://huggingface.co/meta-llama/Llama-3.1-8B/resolve/"
            "main/config.json.\nAccess to model meta-llama/Llama-3.1-8B is restricted. You mus"
            "t have access to it and be authenticated to access it. Please log in."
        ),
        P,
        "http.401",
    ),
    (
        "hf_hub",
        (
            "DisabledRepoError: 403 Client Error. (Request ID: Root=1-6650ab12-3f1e2d)\n\nCanno"
            "t access repository for url https://huggingface.co/api/models/acme/old-model.\nAc"
            "cess to this resource is disabled."
        ),
        P,
        "http.403",
    ),
    (
        "hf_hub",
        (
            "RepositoryNotFoundError: 401 Client Error. (Request ID: Root=1-6650ab12-3f1e2d)\n"
            "\nRepository Not Found for url: https://huggingface.co/api/models/acme/private-mo"
            "del/revision/main.\nPlease make sure you specified the correct `repo_id` and `rep"
            "o_type`.\nIf you are trying to access a private or gated repo, make sure you are "
            "authenticated and your token has the required permissions.\nFor more details, see"
            " https://huggingface.co/docs/huggingface_hub/authentication\nInvalid username or "
            "password."
        ),
        P,
        "http.401",
    ),
    (
        "hf_hub",
        (
            "BucketNotFoundError: 404 Client Error. (Request ID: Root=1-6650ab12-3f1e2d)\n\nBuc"
            "ket Not Found for url: https://huggingface.co/api/buckets/acme/data.\nPlease make"
            " sure you specified the correct bucket id (namespace/name).\nIf the bucket is pri"
            "vate, make sure you are authenticated and your token has the required permission"
            "s."
        ),
        P,
        "http.404",
    ),
    (
        "hf_hub",
        (
            "HfHubHTTPError: 403 Forbidden: You don't have the rights to create a model under"
            ' the namespace "acme".\nCannot access content at: https://huggingface.co/api/repo'
            "s/create.\nMake sure your token has the correct permissions."
        ),
        P,
        "http.403",
    ),
    (
        "hf_hub",
        (
            "HfHubHTTPError: 429 Too Many Requests: you have reached your 'api' rate limit.\nR"
            "etry after 247 seconds (0/1000 requests remaining in current 300s window).\nUrl: "
            "https://huggingface.co/api/models/gpt2."
        ),
        T,
        "http.429",
    ),
    (
        "hf_hub",
        "HfHubHTTPError: 429 Too Many Requests for url: https://huggingface.co/api/models/gpt2/tree/main.",
        T,
        "http.429",
    ),
    (
        "hf_hub",
        (
            "HfHubHTTPError: 502 Server Error: Bad Gateway for url: https://huggingface.co/ap"
            "i/models/gpt2 (Request ID: Root=1-6650ab12-3f1e2d)"
        ),
        T,
        "http.502",
    ),
    (
        "hf_hub",
        (
            "LocalEntryNotFoundError: Cannot find the requested files in the disk cache and o"
            "utgoing traffic has been disabled. To enable hf.co look-ups and downloads online"
            ", set 'local_files_only' to False."
        ),
        P,
        "message.tpl_hf_hub_offline",
    ),
    (
        "hf_hub",
        (
            "LocalEntryNotFoundError: An error happened while trying to locate the file on th"
            "e Hub and we cannot find the requested files in the local cache. Please check yo"
            "ur connection and try again or make sure your Internet connection is on."
        ),
        T,
        "message.network",
    ),
    (
        "hf_hub",
        (
            "OfflineModeIsEnabled: Cannot reach https://huggingface.co/api/models/gpt2: offli"
            "ne mode is enabled. To disable it, please unset the `HF_HUB_OFFLINE` environment"
            " variable."
        ),
        P,
        "message.tpl_hf_hub_offline",
    ),
    (
        "hf_hub",
        (
            "OSError: Consistency check failed: file should be of size 4976698672 but has siz"
            "e 1262485504 (model-00001-of-00004.safetensors).\nThis is usually due to network "
            "issues while downloading the file. Please retry with `force_download=True`."
        ),
        T,
        "message.network",
    ),
    (
        "hf_hub",
        (
            "FileMetadataError: Distant resource does not seem to be on huggingface.co. It is"
            " possible that a configuration issue prevents you from downloading resources fro"
            "m https://huggingface.co. Please check your firewall and proxy settings and make"
            " sure your SSL certificates are updated."
        ),
        P,
        "message.tpl_hf_hub_offline",
    ),
    (
        "hf_hub",
        (
            "LocalTokenNotFoundError: Token is required (`token=True`), but no token found. Y"
            "ou need to provide a token or be logged in to Hugging Face with `hf auth login` "
            "or `huggingface_hub.login`. See https://huggingface.co/settings/tokens."
        ),
        P,
        "message.api_key_not_set",
    ),
    (
        "hf_hub",
        (
            "LocalTokenNotFoundError: Token is required to call the /whoami-v2 endpoint, but "
            "no token found. You must provide a token or be logged in to Hugging Face with `h"
            "f auth login` or `huggingface_hub.login`. See https://huggingface.co/settings/to"
            "kens."
        ),
        P,
        "message.api_key_not_set",
    ),
    (
        "hf_hub",
        (
            "HFValidationError: Repo id must be in the form 'repo_name' or 'namespace/repo_na"
            "me': '/models/llama/7b'. Use `repo_type` argument if needed."
        ),
        V,
        "message.tpl_ml_argument_range",
    ),
    (
        "hf_hub",
        (
            "HFValidationError: Repo id must use alphanumeric chars, '-', '_' or '.'. The nam"
            "e cannot start or end with '-' or '.' and the maximum length is 96: 'my model'."
        ),
        V,
        "message.tpl_ml_argument_range",
    ),
    (
        "hf_hub",
        "InferenceTimeoutError: Inference call timed out: https://router.huggingface.co/hf-inference/models/gpt2",
        T,
        "message.network",
    ),
    ("hf_hub", "OverloadedError: Model is overloaded", T, "message.rate_limited"),
    (
        "hf_hub",
        (
            "ValidationError: Input validation error: `inputs` tokens + `max_new_tokens` must"
            " be <= 4096. Given: 4000 `inputs` tokens and 512 `max_new_tokens`"
        ),
        V,
        "message.schema",
    ),
    ("safetensors", "SafetensorError: Device cuda:0 is not supported for framework numpy", P, "message.unsupported"),
    (
        "tiktoken",
        (
            "ValueError: Encountered text corresponding to disallowed special token '<|endoft"
            "ext|>'.\nIf you want this text to be encoded as a special token, pass it to `allo"
            "wed_special`, e.g. `allowed_special={'<|endoftext|>', ...}`.\nIf you want this te"
            "xt to be encoded as normal text, disable the check for this token by passing `di"
            "sallowed_special=(enc.special_tokens_set - {'<|endoftext|>'})`.\nTo disable this "
            "check for all special tokens, pass `disallowed_special=()`.\n"
        ),
        V,
        "message.disallowed_special_token",
    ),
    (
        "tiktoken",
        (
            "ValueError: Unknown encoding cl200k_base.\nPlugins found: ['tiktoken_ext.openai_p"
            "ublic']\ntiktoken version: 0.7.0 (are you on latest?)"
        ),
        P,
        "message.tpl_ml_component_missing",
    ),
    (
        "tiktoken",
        (
            "ValueError: Hash mismatch for data downloaded from https://openaipublic.blob.cor"
            "e.windows.net/encodings/cl100k_base.tiktoken (expected 223921b76ee99bde995b7ff73"
            "8513eef100fb51d18c93597a113bcffe865b2a7). This may indicate a corrupted download"
            ". Please try again."
        ),
        T,
        "message.network",
    ),
    (
        "tiktoken",
        "ImportError: blobfile is not installed. Please install it by running `pip install blobfile`.",
        P,
        "message.missing_dependency",
    ),
    ("pgvector", "DataException: expected 1536 dimensions, not 768", V, "message.tpl_vector_dimension"),
    (
        "pgvector",
        (
            "DataError: (psycopg2.errors.DataException) expected 1536 dimensions, not 3072\n\n["
            "SQL: INSERT INTO langchain_pg_embedding (id, collection_id, embedding, document)"
            " VALUES (%(id)s, %(collection_id)s, %(embedding)s, %(document)s)]"
        ),
        V,
        "message.tpl_vector_dimension",
    ),
    ("pgvector", "DataError: different vector dimensions 1536 and 768", V, "message.tpl_vector_dimension"),
    ("pgvector", "DataException: NaN not allowed in vector", V, "message.bad_data"),
    ("pgvector", "DataException: infinite value not allowed in vector", V, "message.tpl_dataframe_input"),
    ("pgvector", 'InvalidTextRepresentation: invalid input syntax for type vector: "[0.1,0.2,"', V, "message.bad_data"),
    (
        "pgvector",
        "ProgramLimitExceeded: vector cannot have more than 16000 dimensions",
        V,
        "message.tpl_vector_dimension",
    ),
    (
        "pgvector",
        "ProgramLimitExceeded: column cannot have more than 2000 dimensions for hnsw index",
        P,
        "message.vector_index_definition",
    ),
    ("pgvector", 'UndefinedObject: type "vector" does not exist', P, "message.not_found_db"),
    (
        "chroma",
        "NotFoundError: Collection 7f0d6a3c-6e1b-4f3e-9a7c-1c2d3e4f5a6b does not exist.",
        P,
        "message.not_found_db",
    ),
    ("chroma", "NotFoundError: Collection [documents] does not exist", P, "message.tpl_vector_store_missing"),
    (
        "chroma",
        "InvalidArgumentError: Collection expecting embedding with dimension of 1536, got 384",
        V,
        "message.tpl_vector_dimension",
    ),
    (
        "chroma",
        "InvalidDimensionException: Embedding dimension 384 does not match collection dimensionality 1536",
        V,
        "message.tpl_vector_dimension",
    ),
    (
        "chroma",
        "InvalidArgumentError: Inconsistent dimensions in provided embeddings",
        V,
        "message.tpl_vector_dimension",
    ),
    (
        "chroma",
        "NotFoundError: Database [prod] not found. Are you sure it exists?",
        P,
        "message.tpl_vector_store_missing",
    ),
    ("chroma", "NotFoundError: Tenant [acme] not found", P, "message.tpl_vector_store_missing"),
    (
        "chroma",
        (
            "BatchSizeExceededError: \n                Cannot submit more than 5,461 embedding"
            "s at once.\n                Please submit your embeddings in batches of size\n    "
            "            5,461 or less.\n                "
        ),
        V,
        "message.tpl_chroma_batch_size",
    ),
    (
        "chroma",
        "QuotaError: Quota exceeded: Number of records in collection (300001) exceeds limit of 300000",
        R,
        "message.quota_exhausted",
    ),
    (
        "torch",
        (
            "AcceleratorError: CUDA error: no kernel image is available for execution on the "
            "device\nCUDA kernel errors might be asynchronously reported at some other API cal"
            "l, so the stacktrace below might be incorrect.\nFor debugging consider passing CU"
            "DA_LAUNCH_BLOCKING=1\nCompile with `TORCH_USE_CUDA_DSA` to enable device-side ass"
            "ertions.\n"
        ),
        P,
        "message.gpu_environment",
    ),
    (
        "torch",
        (
            "RuntimeError: CUDA error: no kernel image is available for execution on the devi"
            "ce\nCUDA kernel errors might be asynchronously reported at some other API call, s"
            "o the stacktrace below might be incorrect.\nFor debugging consider passing CUDA_L"
            "AUNCH_BLOCKING=1\nCompile with `TORCH_USE_CUDA_DSA` to enable device-side asserti"
            "ons.\n"
        ),
        P,
        "message.gpu_environment",
    ),
    (
        "torch",
        "RuntimeError: CUDA error: CUBLAS_STATUS_ALLOC_FAILED when calling `cublasCreate(handle)`",
        R,
        "message.allocation_failed",
    ),
    (
        "torch",
        (
            "RuntimeError: CUDA error: invalid device ordinal\nCUDA kernel errors might be asy"
            "nchronously reported at some other API call, so the stacktrace below might be in"
            "correct.\nFor debugging consider passing CUDA_LAUNCH_BLOCKING=1\nCompile with `TOR"
            "CH_USE_CUDA_DSA` to enable device-side assertions.\n"
        ),
        P,
        "message.gpu_environment",
    ),
    (
        "torch",
        (
            "RuntimeError: CUDA error: CUDA driver version is insufficient for CUDA runtime v"
            "ersion\nCUDA kernel errors might be asynchronously reported at some other API cal"
            "l, so the stacktrace below might be incorrect.\nFor debugging consider passing CU"
            "DA_LAUNCH_BLOCKING=1\nCompile with `TORCH_USE_CUDA_DSA` to enable device-side ass"
            "ertions.\n"
        ),
        P,
        "message.gpu_environment",
    ),
    (
        "torch",
        (
            "RuntimeError: MPS backend out of memory (MPS allocated: 17.36 GB, other allocati"
            "ons: 613.56 MB, max allowed: 18.13 GB). Tried to allocate 192.00 MB on private p"
            "ool. Use PYTORCH_MPS_HIGH_WATERMARK_RATIO=0.0 to disable upper limit for memory "
            "allocations (may cause system failure)."
        ),
        R,
        "message.allocation_failed",
    ),
    (
        "torch",
        (
            "RuntimeError: [enforce fail at alloc_cpu.cpp:117] data. DefaultCPUAllocator: not"
            " enough memory: you tried to allocate 37984010240 bytes."
        ),
        R,
        "message.allocation_failed",
    ),
    (
        "torch",
        (
            "OutOfMemoryError: HIP out of memory. Tried to allocate 512.00 MiB. GPU 0 has a t"
            "otal capacity of 63.98 GiB of which 120.00 MiB is free. Of the allocated memory "
            "62.10 GiB is allocated by PyTorch, and 1.20 GiB is reserved by PyTorch but unall"
            "ocated."
        ),
        R,
        "message.out_of_memory",
    ),
    (
        "torch",
        (
            "OutOfMemoryError: CUDA out of memory. Tried to allocate 20.00 MiB (GPU 0; 7.79 G"
            "iB total capacity; 6.51 GiB already allocated; 11.44 MiB free; 6.72 GiB reserved"
            " in total by PyTorch) If reserved memory is >> allocated memory try setting max_"
            "split_size_mb to avoid fragmentation.  See documentation for Memory Management a"
            "nd PYTORCH_CUDA_ALLOC_CONF"
        ),
        R,
        "message.out_of_memory",
    ),
    (
        "torch",
        (
            "UnpicklingError: Weights only load failed. This file can still be loaded, to do "
            "so you have two options, do those steps only if you trust the source of the chec"
            "kpoint. \n\t(1) In PyTorch 2.6, we changed the default value of the `weights_only`"
            " argument in `torch.load` from `False` to `True`. Re-running `torch.load` with `"
            "weights_only` set to `False` will likely succeed, but it can result in arbitrary"
            " code execution. Do it only if you got the file from a trusted source.\n\t(2) Alte"
            "rnatively, to load with `weights_only=True` please check the recommended steps i"
            "n the following error message.\n\tWeightsUnpickler error: Unsupported global: GLOB"
            "AL numpy.core.multiarray.scalar was not an allowed global by default."
        ),
        P,
        "message.tpl_torch_weights_only",
    ),
    (
        "torch",
        (
            "RuntimeError: Error(s) in loading state_dict for ResNet:\n\tMissing key(s) in stat"
            'e_dict: "fc.weight", "fc.bias". \n\tUnexpected key(s) in state_dict: "classifier.w'
            'eight", "classifier.bias". '
        ),
        P,
        "message.bug",
    ),
    (
        "torch",
        "RuntimeError: Input type (torch.cuda.FloatTensor) and weight type (torch.FloatTensor) should be the same",
        P,
        "message.bug",
    ),
    ("torch", "RuntimeError: expected scalar type Float but found Half", P, "message.bug"),
    (
        "torch",
        (
            "RuntimeError: Trying to backward through the graph a second time (or directly ac"
            "cess saved tensors after they have already been freed). Saved intermediate value"
            "s of the graph are freed when you call .backward() or autograd.grad(). Specify r"
            "etain_graph=True if you need to backward through the graph a second time or if y"
            "ou need to access saved tensors after calling backward."
        ),
        P,
        "message.bug",
    ),
    (
        "torch",
        (
            "RuntimeError: one of the variables needed for gradient computation has been modi"
            "fied by an inplace operation: [torch.cuda.FloatTensor [64, 128]], which is outpu"
            "t 0 of ReluBackward0, is at version 2; expected version 1 instead. Hint: enable "
            "anomaly detection to find the operation that failed to compute its gradient, wit"
            "h torch.autograd.set_detect_anomaly(True)."
        ),
        P,
        "message.bug",
    ),
    (
        "torch",
        "ValueError: Default process group has not been initialized, please make sure to call init_process_group.",
        P,
        "message.bug",
    ),
    ("torch", "AssertionError: Torch not compiled with CUDA enabled", P, "message.gpu_environment"),
    (
        "torch",
        "DistStoreError: Timed out after 1801 seconds waiting for clients. 1/2 clients joined.",
        T,
        "message.network",
    ),
    (
        "torch",
        "RuntimeError: [../third_party/gloo/gloo/transport/tcp/pair.cc:598] Connection closed by peer [10.0.0.2]:22013",
        T,
        "message.network",
    ),
    (
        "onnxruntime",
        (
            "NoSuchFile: [ONNXRuntimeError] : 3 : NO_SUCHFILE : Load model from /models/unet/"
            "1.0.0/model.onnx failed:Load model /models/unet/1.0.0/model.onnx failed. File do"
            "esn't exist"
        ),
        P,
        "message.not_found_db",
    ),
    (
        "onnxruntime",
        (
            "InvalidArgument: [ONNXRuntimeError] : 2 : INVALID_ARGUMENT : Got invalid dimensi"
            "ons for input: data for the following indices\n index: 0 Got: 2 Expected: 1\n Plea"
            "se fix either the inputs or the model."
        ),
        V,
        "message.tpl_onnxruntime_input",
    ),
    (
        "onnxruntime",
        (
            "NotImplemented: [ONNXRuntimeError] : 9 : NOT_IMPLEMENTED : Could not find an imp"
            "lementation for ConvInteger(10) node with name '/conv1/Conv_quant'"
        ),
        P,
        "message.tpl_onnxruntime_setup",
    ),
    (
        "onnxruntime",
        (
            "Exception: [ONNXRuntimeError] : 3 : NO_SUCHFILE : Load model from /root/.cache/f"
            "astembed/model.onnx failed. File doesn't exist"
        ),
        P,
        "message.not_found_db",
    ),
    (
        "numpy",
        "_ArrayMemoryError: Unable to allocate 7.45 GiB for an array with shape (1000000, 1000) and data type float64",
        R,
        "message.allocation_failed",
    ),
    (
        "numpy",
        "_ArrayMemoryError: Unable to allocate 1.49 TiB for an array with shape (640000, 320000) and data type float64",
        R,
        "message.allocation_failed",
    ),
    ("numpy", "LinAlgError: Singular matrix", V, "message.bad_data"),
    ("numpy", "LinAlgError: SVD did not converge", V, "message.tpl_dataframe_input"),
    ("numpy", "LinAlgError: Matrix is not positive definite", V, "message.tpl_dataframe_input"),
    (
        "sklearn",
        "ValueError: Found input variables with inconsistent numbers of samples: [100, 99]",
        V,
        "message.tpl_dataframe_input",
    ),
    (
        "sklearn",
        "ValueError: X has 10 features, but StandardScaler is expecting 12 features as input.",
        V,
        "message.tpl_dataframe_input",
    ),
    (
        "sklearn",
        (
            "ValueError: The least populated class in y has only 1 member, which is too few. "
            "The minimum number of groups for any class cannot be less than 2."
        ),
        V,
        "message.tpl_dataframe_input",
    ),
    (
        "sklearn",
        "ValueError: Input X contains infinity or a value too large for dtype('float64').",
        V,
        "message.tpl_dataframe_input",
    ),
    ("sklearn", "ValueError: Input y contains NaN.", V, "message.tpl_dataframe_input"),
    (
        "sklearn",
        (
            "InvalidParameterError: The 'n_estimators' parameter of RandomForestClassifier mu"
            "st be an int in the range [1, inf). Got 0 instead."
        ),
        V,
        "message.tpl_ml_argument_range",
    ),
    (
        "sklearn",
        (
            "ValueError: This solver needs samples of at least 2 classes in the data, but the"
            " data contains only one class: 0"
        ),
        V,
        "message.tpl_dataframe_input",
    ),
    (
        "sklearn",
        (
            "ValueError: Unknown label type: continuous. Maybe you are trying to fit a classi"
            "fier, which expects discrete classes on a regression target with continuous valu"
            "es."
        ),
        V,
        "message.tpl_dataframe_input",
    ),
    (
        "vllm",
        (
            "ValueError: The model's max seq len (30000) is larger than the maximum number of"
            " tokens that can be stored in KV cache (19632). Try increasing `gpu_memory_utili"
            "zation` or decreasing `max_model_len` when initializing the engine."
        ),
        R,
        "message.kv_cache_capacity",
    ),
    (
        "vllm",
        (
            "ValueError: No available memory for the cache blocks. Try increasing `gpu_memory"
            "_utilization` when initializing the engine."
        ),
        R,
        "message.allocation_failed",
    ),
    (
        "vllm",
        (
            "ValueError: To serve at least one request with the models's max seq len (262144)"
            ", (24.00 GiB KV cache is needed, which is larger than the available KV cache mem"
            "ory (8.68 GiB). Based on the available memory, the estimated maximum model lengt"
            "h is 94784. Try increasing `gpu_memory_utilization` or decreasing `max_model_len"
            "` when initializing the engine."
        ),
        R,
        "message.kv_cache_capacity",
    ),
    (
        "vllm",
        (
            "ValueError: Free memory on device cuda:0 (12.18/23.56 GiB) on startup is less th"
            "an desired GPU memory utilization (0.92, 21.67 GiB). Decrease GPU memory utiliza"
            "tion or reduce GPU memory used by other processes."
        ),
        R,
        "message.kv_cache_capacity",
    ),
    (
        "vllm",
        (
            "ValueError: The decoder prompt (length 12324) is longer than the maximum model l"
            "ength of 8192. Make sure that `max_model_len` is no smaller than the number of t"
            "ext tokens."
        ),
        V,
        "message.input_over_model_limit",
    ),
    (
        "vllm",
        (
            "BadRequestError: Error code: 400 - {'object': 'error', 'message': \"This model's "
            "maximum context length is 4096 tokens. However, you requested 5000 tokens (4000 "
            "in the messages, 1000 in the completion). Please reduce the length of the messag"
            "es or completion.\", 'type': 'BadRequestError', 'param': None, 'code': 400}"
        ),
        V,
        "message.bad_data",
    ),
    (
        "vllm",
        (
            "NotFoundError: Error code: 404 - {'object': 'error', 'message': 'The model `gpt-"
            "4o` does not exist.', 'type': 'NotFoundError', 'param': None, 'code': 404}"
        ),
        P,
        "code.NOT_FOUND",
    ),
    (
        "vllm",
        (
            "BadRequestError: Error code: 400 - {'object': 'error', 'message': 'input is long"
            "er than the maximum model length of 32768', 'type': 'BadRequestError', 'param': "
            "None, 'code': 400}"
        ),
        V,
        "message.input_over_model_limit",
    ),
    ("ollama", 'ResponseError: model "llama3.1" not found, try pulling it first (status code: 404)', P, "http.404"),
    ("ollama", "ResponseError: model 'qwen2.5:7b' not found (status code: 404)", P, "http.404"),
    (
        "ollama",
        'ResponseError: "gemma:2b" does not support chat (status code: 400)',
        P,
        "message.model_capability_unsupported",
    ),
    (
        "ollama",
        "ResponseError: registry.ollama.ai/library/llama2:latest does not support tools (status code: 400)",
        P,
        "message.model_capability_unsupported",
    ),
    (
        "ollama",
        "ResponseError: server busy, please try again.  maximum pending requests exceeded (status code: 503)",
        T,
        "http.503",
    ),
    (
        "ollama",
        "ResponseError: top_logprobs must be between 0 and 20 (status code: 400)",
        V,
        "message.tpl_ml_argument_range",
    ),
    (
        "ollama",
        (
            "ResponseError: llama-server reported out-of-memory during startup: cudaMalloc fa"
            "iled: out of memory (status code: 500)"
        ),
        R,
        "message.out_of_memory",
    ),
    (
        "ollama",
        "ResponseError: digest mismatch, file must be downloaded again (status code: 500)",
        T,
        "message.tpl_ollama_download_again",
    ),
    ("ollama", "ResponseError: unauthorized (status code: 401)", P, "http.401"),
    (
        "ollama",
        "ResponseError: timed out waiting for llama-server to start: context deadline exceeded (status code: 500)",
        T,
        "message.network",
    ),
    (
        "llama.cpp",
        (
            "BadRequestError: Error code: 400 - {'error': {'code': 400, 'message': 'the reque"
            "st exceeds the available context size, try increasing it', 'type': 'exceed_conte"
            "xt_size_error', 'n_prompt_tokens': 9000, 'n_ctx': 8192}}"
        ),
        V,
        "message.input_over_model_limit",
    ),
    (
        "llama.cpp",
        (
            "InternalServerError: Error code: 503 - {'error': {'code': 503, 'message': 'Loadi"
            "ng model', 'type': 'unavailable_error'}}"
        ),
        T,
        "http.503",
    ),
    (
        "llama.cpp",
        (
            'RuntimeError: llama.cpp server returned 400: {"error":{"code":400,"message":"the'
            ' request exceeds the available context size, try increasing it","type":"exceed_c'
            'ontext_size_error"}}'
        ),
        V,
        "message.input_over_model_limit",
    ),
    (
        "tgi",
        (
            "GenerationError: Request failed during generation: Server error: CUDA out of mem"
            "ory. Tried to allocate 1.50 GiB"
        ),
        R,
        "message.out_of_memory",
    ),
    ("tgi", "ValidationError: Input validation error: `temperature` must be strictly positive", V, "message.schema"),
    (
        "tgi",
        "ValidationError: Input validation error: `inputs` must have less than 4096 tokens. Given: 5120",
        V,
        "message.schema",
    ),
    ("tgi", "OverloadedError: Model is overloaded", T, "message.rate_limited"),
    (
        "gemini",
        (
            "ClientError: 404 NOT_FOUND. {'error': {'code': 404, 'message': 'models/gemini-1."
            "5-flash is not found for API version v1beta, or is not supported for generateCon"
            "tent. Call ListModels to see the list of available models and their supported me"
            "thods.', 'status': 'NOT_FOUND'}}"
        ),
        P,
        "code.NOT_FOUND",
    ),
    (
        "gemini",
        (
            "ClientError: 400 FAILED_PRECONDITION. {'error': {'code': 400, 'message': 'User l"
            "ocation is not supported for the API use.', 'status': 'FAILED_PRECONDITION'}}"
        ),
        P,
        "message.unsupported",
    ),
    (
        "gemini",
        (
            "ClientError: 400 INVALID_ARGUMENT. {'error': {'code': 400, 'message': 'The input"
            " token count (1200000) exceeds the maximum number of tokens allowed (1048576).',"
            " 'status': 'INVALID_ARGUMENT'}}"
        ),
        V,
        "message.payment_declined",
    ),
    (
        "gemini",
        (
            "ServerError: 503 UNAVAILABLE. {'error': {'code': 503, 'message': 'The model is o"
            "verloaded. Please try again later.', 'status': 'UNAVAILABLE'}}"
        ),
        T,
        "message.rate_limited",
    ),
    (
        "gemini",
        (
            "RuntimeError: Gemini call failed: 503 UNAVAILABLE. {'error': {'code': 503, 'mess"
            "age': 'The model is overloaded. Please try again later.', 'status': 'UNAVAILABLE"
            "'}}"
        ),
        T,
        "message.rate_limited",
    ),
    (
        "gemini",
        (
            "RuntimeError: Gemini call failed: 400 INVALID_ARGUMENT. {'error': {'code': 400, "
            "'message': 'The input token count (1196265) exceeds the maximum number of tokens"
            " allowed (1048575).', 'status': 'INVALID_ARGUMENT'}}"
        ),
        V,
        "message.payment_declined",
    ),
    (
        "gemini",
        (
            "RuntimeError: Gemini API error: models/gemini-pro is not found for API version v"
            "1beta, or is not supported for generateContent. Call ListModels to see the list "
            "of available models and their supported methods."
        ),
        P,
        "message.unsupported",
    ),
    ("gemini", "ServiceUnavailable: 503 The model is overloaded. Please try again later.", T, "message.rate_limited"),
    ("gemini", "FailedPrecondition: 400 User location is not supported for the API use.", P, "message.unsupported"),
    (
        "mistral",
        (
            'SDKError: API error occurred: Status 429\n{"object":"error","message":"Service ti'
            'er capacity exceeded for this model.","type":"service_tier_capacity_exceeded","p'
            'aram":null,"code":"3505"}'
        ),
        T,
        "http.429",
    ),
    (
        "mistral",
        (
            'SDKError: API error occurred: Status 400\n{"object":"error","message":"Prompt con'
            "tains 40000 tokens and 0 draft tokens, too large for model with 32768 maximum co"
            'ntext length","type":"invalid_request_error","param":null,"code":null}'
        ),
        V,
        "message.bad_data",
    ),
    (
        "mistral",
        (
            "RuntimeError: Mistral request failed: Prompt contains 65673 tokens, too large fo"
            "r model with 32768 maximum context length"
        ),
        V,
        "message.bad_data",
    ),
    (
        "mistral",
        "RuntimeError: Mistral API error: 429 - Service tier capacity exceeded for this model",
        T,
        "message.rate_limited",
    ),
    (
        "cohere",
        (
            'TooManyRequestsError: status_code: 429, body: data=None message="You are using a'
            " Trial key, which is limited to 1000 API calls / month. You can continue to use "
            "the Trial key for free or upgrade to a Production key with higher rate limits at"
            " 'https://dashboard.cohere.com/api-keys'. Contact us on 'https://discord.gg/XW44"
            "jPfYJu' or email us at support@cohere.com with any questions\""
        ),
        R,
        "message.per_month_limit",
    ),
    (
        "cohere",
        (
            "TooManyRequestsError: status_code: 429, body: {'id': 'a1b2', 'message': 'You are"
            " using a Trial key, which is limited to 20 API calls / minute. You can continue "
            "to use the Trial key for free or upgrade to a Production key with higher rate li"
            "mits'}"
        ),
        T,
        "http.429",
    ),
    (
        "cohere",
        (
            'RuntimeError: Cohere returned HTTP 429: {"message":"You are using a Trial key, w'
            'hich is limited to 1000 API calls / month"}'
        ),
        R,
        "message.per_month_limit",
    ),
    (
        "langchain",
        (
            "ValidationError: 1 validation error for OpenAI\n  Value error, Did not find opena"
            "i_api_key, please add an environment variable `OPENAI_API_KEY` which contains it"
            ", or pass `openai_api_key` as a named parameter. [type=value_error, input_value="
            "{'model_kwargs': {}, 'nam...ne, 'http_client': None}, input_type=dict]\n    For f"
            "urther information visit https://errors.pydantic.dev/2.5/v/value_error"
        ),
        P,
        "message.api_key_not_set",
    ),
    (
        "llama_index",
        (
            "ValueError: \n******\nCould not load OpenAI model. If you intended to use OpenAI, "
            "please check your OPENAI_API_KEY.\nOriginal error:\nNo API key found for OpenAI.\nP"
            "lease set either the OPENAI_API_KEY environment variable or openai.api_key prior"
            " to initialization.\nAPI keys can be found or created at https://platform.openai."
            "com/account/api-keys\n******"
        ),
        P,
        "message.api_key_not_set",
    ),
    (
        "transformers",
        (
            "OSError: Can't load tokenizer for 'bert-base-uncsed'. If you were trying to load"
            " it from 'https://huggingface.co/models', make sure you don't have a local direc"
            "tory with the same name. Otherwise, make sure 'bert-base-uncsed' is the correct "
            "path to a directory containing all relevant files for a BertTokenizerFast tokeni"
            "zer."
        ),
        P,
        "message.cannot_load_model_part",
    ),
    (
        "transformers",
        (
            "OSError: You are trying to access a gated repo.\nMake sure to have access to it a"
            "t https://huggingface.co/google/gemma-3-1b-pt.\n401 Client Error. (Request ID: Ro"
            "ot=1-689eeb63-2e65ce6c208fdc3759534491)\n\nCannot access gated repo for url https:"
            "//huggingface.co/google/gemma-3-1b-pt/resolve/main/config.json.\nAccess to model "
            "google/gemma-3-1b-pt is restricted. You must have access to it and be authentica"
            "ted to access it. Please log in."
        ),
        P,
        "http.401",
    ),
    (
        "transformers",
        (
            "OSError: We couldn't connect to 'https://huggingface.co' to load this file, coul"
            "dn't find it in the cached files and it looks like digitalepidemiologylab/covid-"
            "twitter-bert is not the path to a directory containing a file named config.json."
            "\nCheckout your internet connection or see how to run the library in offline mode"
            " at 'https://huggingface.co/docs/transformers/installation#offline-mode'."
        ),
        T,
        "message.network",
    ),
    (
        "transformers",
        (
            "ValueError: The checkpoint you are trying to load has model type `qwen3_5` but T"
            "ransformers does not recognize this architecture. This could be because of an is"
            "sue with the checkpoint, or because your version of Transformers is out of date."
        ),
        P,
        "message.model_architecture_unsupported",
    ),
    (
        "datasets",
        "DatasetNotFoundError: Dataset 'lighteval/MATH' doesn't exist on the Hub or cannot be accessed.",
        P,
        "message.not_found_db",
    ),
    (
        "datasets",
        (
            "ValueError: Config name is missing.\nPlease pick one among the available configs:"
            " ['cola', 'sst2', 'mrpc', 'qqp']\nExample of usage:\n\t`load_dataset('glue', 'cola'"
            ")`"
        ),
        P,
        "message.tpl_ml_component_missing",
    ),
    (
        "pinecone",
        (
            "PineconeApiException: (404)\nReason: Not Found\nHTTP response headers: HTTPHeaderD"
            "ict({'Date': 'Sun, 22 Mar 2026 10:33:34 GMT', 'Content-Type': 'application/json'"
            ', \'Content-Length\': \'55\'})\nHTTP response body: {"code":5,"message":"Namespace no'
            't found","details":[]}\n'
        ),
        P,
        "message.not_found_db",
    ),
    (
        "pinecone",
        (
            "ForbiddenException: (403)\nReason: Forbidden\nHTTP response headers: HTTPHeaderDic"
            't({\'content-type\': \'application/json\'})\nHTTP response body: {"error":{"code":"FO'
            'RBIDDEN","message":"Request failed. You\'ve reached the max serverless indexes al'
            "lowed in project Default (5). Use namespaces to partition your data into logical"
            ' groups, or upgrade your plan to add more serverless indexes."},"status":403}\n'
        ),
        R,
        "message.object_count_max",
    ),
    (
        "pinecone",
        (
            "ForbiddenError: [403 FORBIDDEN] Request failed. You've reached the max serverles"
            "s indexes allowed in project Default (5). Use namespaces to partition your data "
            "into logical groups, or upgrade your plan to add more serverless indexes."
        ),
        R,
        "message.object_count_max",
    ),
    (
        "xgboost",
        (
            "XGBoostError: [02:17:27] /workspace/src/data/data.cc:507: Check failed: valid: L"
            "abel contains NaN, infinity or a value too large.\nStack trace:\n  [bt] (0) /usr/l"
            "ocal/lib/python3.11/dist-packages/xgboost/lib/libxgboost.so(+0x3588ca) [0x7ffea3"
            "77a8ca]"
        ),
        V,
        "message.tpl_dataframe_input",
    ),
    (
        "cupy",
        "OutOfMemoryError: Out of memory allocating 1,073,741,824 bytes (allocated so far: 4,294,967,296 bytes).",
        R,
        "message.out_of_memory",
    ),
    (
        "numba",
        "CudaAPIError: [2] Call to cuMemAlloc results in CUDA_ERROR_OUT_OF_MEMORY",
        R,
        "vendor.cuda.CUDA_ERROR_OUT_OF_MEMORY",
    ),
    ("tensorflow", "NotFoundError: Key dense/kernel not found in checkpoint", P, "message.tpl_ml_component_missing"),
    ("tensorflow", "DeadlineExceededError: Deadline Exceeded", T, "message.network"),
    ("tensorflow", "UnavailableError: Socket closed", T, "message.network"),
    ("tensorflow", "PermissionDeniedError: /data/train.tfrecord; Permission denied", P, "message.access_denied"),
    (
        "tensorflow",
        "ResourceExhaustedError: Out of memory while trying to allocate 4294967296 bytes.",
        R,
        "message.out_of_memory",
    ),
    (
        "jax",
        "XlaRuntimeError: RESOURCE_EXHAUSTED: Out of memory allocating 17179869184 bytes.",
        R,
        "vendor.gcp.RESOURCE_EXHAUSTED",  # absl status; OOM agrees
    ),
    (
        "jax",
        (
            "TracerBoolConversionError: Attempted boolean conversion of traced array with sha"
            "pe bool[].\nThe error occurred while tracing the function f at /app/model.py:12 f"
            "or jit."
        ),
        P,
        "message.bug",
    ),
    (
        "weaviate",
        "WeaviateClosedClientError: The `WeaviateClient` is closed. Run `client.connect()` to (re)connect!",
        P,
        "message.tpl_weaviate_closed",
    ),
    (
        "weaviate",
        (
            "WeaviateTimeoutError: The request to Weaviate timed out while awaiting a respons"
            "e. Try adjusting the timeout config for your client. Details: <AioRpcError of RP"
            'C that terminated with:\n\tstatus = StatusCode.DEADLINE_EXCEEDED\n\tdetails = "Deadl'
            'ine Exceeded"\n>'
        ),
        T,
        "code.DEADLINE_EXCEEDED",
    ),
    (
        "weaviate",
        "WeaviateConnectionError: Connection to Weaviate failed. Details: [Errno 111] Connection refused",
        T,
        "errno.ECONNREFUSED",
    ),
    (
        "weaviate",
        (
            "WeaviateUnsupportedFeatureError: Multi-tenancy is not supported by your connecte"
            "d server's Weaviate version. The current version is 1.19.0, but the feature requ"
            "ires at least version 1.20.0."
        ),
        P,
        "message.unsupported",
    ),
    (
        "weaviate",
        (
            "UnexpectedStatusCodeError: Collection may not have been created properly.! Unexp"
            "ected status code: 422, with response body: {'error': [{'message': 'class name \""
            "Article\" already exists'}]}."
        ),
        V,
        "http.422",
    ),
    (
        "weaviate",
        (
            "InsufficientPermissionsError: forbidden! Unexpected status code: 403, with respo"
            "nse body: {'error': [{'message': 'authorization, forbidden action: user \\'reader"
            "\\' has insufficient permissions to create_collections [Collection: Article]'}]}."
        ),
        P,
        "http.403",
    ),
    (
        "weaviate",
        (
            "UnexpectedStatusCodeError: Object was not added! Unexpected status code: 413, wi"
            "th response body: None. Payload Too Large. Try to decrease the batch size or inc"
            "rease the maximum request size on your weaviate\n         server."
        ),
        V,
        "http.413",
    ),
    (
        "weaviate",
        (
            "WeaviateQueryError: Query call with protocol GRPC search failed with message exp"
            "lorer: get class: vector search: object vector search at index article: shard ar"
            "ticle_x7Kp: vector search: knn search: distance between entrypoint and query nod"
            "e: vector lengths don't match: 1536 vs 768."
        ),
        V,
        "message.tpl_vector_dimension",
    ),
    (
        "weaviate",
        (
            "WeaviateAgentsNotInstalledError: Weaviate Agents (Alpha) functionality requires "
            'additional dependencies. Please install them using: "pip install weaviate-client'
            '[agents]"'
        ),
        P,
        "message.missing_dependency",
    ),
    (
        "accelerate",
        "ImportError: DeepSpeed is not installed => run `pip install deepspeed` or build it from source.",
        P,
        "message.missing_dependency",
    ),
    (
        "accelerate",
        (
            "ValueError: You can't train a model that has been loaded with `device_map='auto'"
            "` in any distributed mode. Please rerun your script specifying `--num_processes="
            "1` or by launching with `python {{myscript.py}}`."
        ),
        P,
        "message.tpl_accelerate_setup",
    ),
    (
        "accelerate",
        "ValueError: bf16 mixed precision requires PyTorch >= 1.10 and a supported device.",
        P,
        "message.tpl_accelerate_setup",
    ),
    (
        "accelerate",
        "RuntimeError: Tensor parallelism is not configured. Set `parallelism_config` first.",
        P,
        "message.config",
    ),
    (
        "accelerate",
        (
            "ValueError: You can't train a model that has been loaded in 8-bit or 4-bit preci"
            "sion on multiple devices in any distributed mode. In order to use 8-bit or 4-bit"
            " models that have been loaded across multiple GPUs the solution is to use Naive "
            "Pipeline Parallelism."
        ),
        P,
        "message.tpl_accelerate_setup",
    ),
    (
        "lightgbm",
        (
            "LightGBMError: The number of features in data (92) is not the same as it was in "
            "training data (95).\nYou can set ``predict_disable_shape_check=true`` to discard "
            "this error, but please be aware what you are doing."
        ),
        V,
        "message.feature_count_mismatch",
    ),
    (
        "lightgbm",
        (
            "RuntimeError: LightGBMError: The number of features in data (135) is not the sam"
            "e as it was in training data (193)."
        ),
        V,
        "message.feature_count_mismatch",
    ),
    ("qdrant", "ValueError: Collection documents not found", P, "message.not_found_db"),
    (
        "qdrant",
        "RuntimeError: QdrantLocal instance is closed. Please create a new instance.",
        P,
        "message.used_after_close",
    ),
    (
        "hf_hub",
        (
            "HfHubHTTPError: 402 Client Error: Payment Required for url: https://router.huggi"
            "ngface.co/hf-inference/models/stabilityai/stable-diffusion-2-inpainting (Request"
            " ID: Root=1-67ee3d50-44017165644014b531529bab)\n\nYou have exceeded your monthly i"
            "ncluded credits for Inference Providers. Subscribe to PRO to get 20x more monthl"
            "y included credits."
        ),
        R,
        "message.period_credits",
    ),
    (
        "hf_hub",
        (
            "RuntimeError: HF inference failed: You have exceeded your monthly included credi"
            "ts for Inference Providers. Subscribe to PRO to get 20x more monthly included cr"
            "edits."
        ),
        R,
        "message.period_credits",
    ),
    (
        "nltk",
        (
            "LookupError: \n******************************************************************"
            "****\n  Resource punkt not found.\n  Please use the NLTK Downloader to obtain the "
            "resource:\n\n  >>> import nltk\n  >>> nltk.download('punkt')\n  \n  For more informat"
            "ion see: https://www.nltk.org/data.html\n\n  Attempted to load tokenizers/punkt/PY"
            "3/english.pickle\n\n  Searched in:\n    - '/root/nltk_data'\n    - '/usr/local/nltk_"
            "data'\n**********************************************************************\n"
        ),
        P,
        "message.not_found_db",
    ),
    ("wandb", "UsageError: api_key not configured (no-tty). call wandb.login(key=[your_api_key])", P, "message.config"),
]

# (class, str(exception), http status, label, the deciding rule)
WEAKER_WOULD_WIN: list[tuple[str, str, int | None, Category, str]] = [
    # weaker evidence alone: P: huggingface_hub's not-found class
    (
        HH + "LocalEntryNotFoundError",
        (
            "An error happened while trying to locate the file on the Hub and we cannot find "
            "the requested files in the local cache. Please check your connection and try aga"
            "in or make sure your Internet connection is on."
        ),
        None,
        T,
        "type.transient.tpl_hf_hub_unreachable",
    ),
    # weaker evidence alone: V: the unpickler's class reads a damaged file
    (
        "_pickle.UnpicklingError",
        (
            "Weights only load failed. This file can still be loaded, to do so you have two o"
            "ptions, do those steps only if you trust the source of the checkpoint. \n\tWeights"
            "Unpickler error: Unsupported global: GLOBAL numpy.core.multiarray.scalar was not"
            " an allowed global by default."
        ),
        None,
        P,
        "type.permanent.tpl_torch_weights_only",
    ),
    # weaker evidence alone: V: pydantic's class reads bad input
    (
        "pydantic_core._pydantic_core.ValidationError",
        (
            "1 validation error for ChatOpenAI\n  Value error, Did not find openai_api_key, pl"
            "ease add an environment variable `OPENAI_API_KEY` which contains it, or pass `op"
            "enai_api_key` as a named parameter. [type=value_error, input_value={}, input_typ"
            "e=dict]"
        ),
        None,
        P,
        "type.permanent.tpl_llm_client_api_key",
    ),
    # weaker evidence alone: unknown: no phrase speaks
    (
        HH + "FileMetadataError",
        "Distant resource does not have an ETag, we won't be able to reliably ensure reproducibility.",
        None,
        P,
        "type.permanent.tpl_hf_hub_setup",
    ),
    # weaker evidence alone: V: message.invalid
    (
        HH + "LocalTokenNotFoundError",
        (
            "Token is required (`token=True`), but no token found. You need to provide a toke"
            "n or be logged in to Hugging Face with `hf auth login` or `huggingface_hub.login"
            "`. See https://huggingface.co/settings/tokens."
        ),
        None,
        P,
        "type.permanent.tpl_hf_hub_setup",
    ),
    # weaker evidence alone: unknown
    (
        "jax.errors.TracerBoolConversionError",
        "Attempted boolean conversion of traced array with shape bool[].",
        None,
        P,
        "type.permanent.tpl_jax_tracing",
    ),
    # weaker evidence alone: unknown
    (
        "chromadb.errors.BatchSizeExceededError",
        (
            "Cannot submit more than 41,666 embeddings at once. Please submit your embeddings"
            " in batches of size 41,666 or less."
        ),
        None,
        V,
        "type.validation.tpl_chroma_batch_size",
    ),
    # weaker evidence alone: T: the 429
    (
        "cohere.errors.TooManyRequestsError",
        "status_code: 429, body: {'message': 'You are using a Trial key, which is limited to 1000 API calls / month.'}",
        429,
        R,
        "message.per_month_limit",
    ),
    # weaker evidence alone: V: ValueError's weak class
    (
        "builtins.ValueError",
        (
            "Unknown encoding o200k.\nPlugins found: ['tiktoken_ext.openai_public']\ntiktoken v"
            "ersion: 0.8.0 (are you on latest?)"
        ),
        None,
        P,
        "message.tpl_ml_component_missing",
    ),
    # weaker evidence alone: V: ValueError's weak class
    (
        "builtins.ValueError",
        (
            "To serve at least one request with the models's max seq len (131072), (16.00 GiB"
            " KV cache is needed, which is larger than the available KV cache memory (4.21 Gi"
            "B). Based on the available memory, the estimated maximum model length is 34480. "
            "Try increasing `gpu_memory_utilization` or decreasing `max_model_len` when initi"
            "alizing the engine."
        ),
        None,
        R,
        "message.kv_cache_capacity",
    ),
    # weaker evidence alone: V: ValueError's weak class
    (
        "builtins.ValueError",
        (
            "Free memory on device (6.9/8.0 GiB) on startup is less than desired GPU memory u"
            "tilization (0.9, 7.2 GiB). Decrease GPU memory utilization or reduce GPU memory "
            "used by other processes."
        ),
        None,
        R,
        "message.kv_cache_capacity",
    ),
    # weaker evidence alone: V: the 4xx family
    (
        "ollama._types.ResponseError",
        '"llava:7b" does not support chat (status code: 400)',
        400,
        P,
        "message.model_capability_unsupported",
    ),
    # weaker evidence alone: unknown: a bare 500
    (
        "ollama._types.ResponseError",
        "digest mismatch, file must be downloaded again (status code: 500)",
        500,
        T,
        "message.tpl_ollama_download_again",
    ),
    # weaker evidence alone: P: RuntimeError's weak class
    (
        "builtins.RuntimeError",
        (
            'llama.cpp server returned 400: {"error":{"code":400,"message":"the request excee'
            'ds the available context size, try increasing it","type":"exceed_context_size_er'
            'ror"}}'
        ),
        None,
        V,
        "message.input_over_model_limit",
    ),
    # weaker evidence alone: V: message.invalid
    (
        "builtins.ValueError",
        (
            "Config name is missing.\nPlease pick one among the available configs: ['gpqa_exte"
            "nded', 'gpqa_main', 'gpqa_diamond']\nExample of usage:\n\t`load_dataset('Idavidrein"
            "/gpqa', 'gpqa_extended')`"
        ),
        None,
        P,
        "message.tpl_ml_component_missing",
    ),
    # weaker evidence alone: unknown
    (
        "numba.cuda.cudadrv.driver.CudaAPIError",
        "[2] Call to cuMemAlloc results in CUDA_ERROR_OUT_OF_MEMORY",
        None,
        R,
        "vendor.cuda.CUDA_ERROR_OUT_OF_MEMORY",  # the CUDA driver's own code (session 19), before the phrase
    ),
    # weaker evidence alone: T: message.network ('cannot reach')
    (
        "builtins.RuntimeError",
        (
            "OfflineModeIsEnabled: Cannot reach https://huggingface.co/api/models/gpt2: offli"
            "ne mode is enabled. To disable it, please unset the `HF_HUB_OFFLINE` environment"
            " variable."
        ),
        None,
        P,
        "message.tpl_hf_hub_offline",
    ),
    # weaker evidence alone: V: ValueError's weak class
    (
        "builtins.ValueError",
        "Default process group has not been initialized, please make sure to call init_process_group.",
        None,
        P,
        "message.bug",
    ),
    # weaker evidence alone: unknown
    (
        "builtins.RuntimeError",
        (
            "one of the variables needed for gradient computation has been modified by an inp"
            "lace operation: [torch.FloatTensor [3]] is at version 1; expected version 0 inst"
            "ead."
        ),
        None,
        P,
        "message.bug",
    ),
    # weaker evidence alone: unknown
    (
        "builtins.RuntimeError",
        (
            "InvalidArgument: [ONNXRuntimeError] : 2 : INVALID_ARGUMENT : Got invalid dimensi"
            "ons for input: input_ids for the following indices\n index: 1 Got: 600 Expected: "
            "512\n Please fix either the inputs or the model."
        ),
        None,
        V,
        "message.tpl_onnxruntime_input",
    ),
    # weaker evidence alone: P: RuntimeError's weak class
    (
        "builtins.RuntimeError",
        "embedding insert failed: DataException: expected 1536 dimensions, not 768",
        None,
        V,
        "message.tpl_vector_dimension",
    ),
    # weaker evidence alone: V (ValueError's weak class)
    (
        "builtins.ValueError",
        "You can't train a model that has been loaded with `device_map='auto'` in any distributed mode. Please rerun"
        " your script specifying `--num_processes=1` or by launching with `python {{myscript.py}}`.",
        None,
        P,
        "message.tpl_accelerate_setup",
    ),
    # weaker evidence alone: unknown (the query error's class names no cause)
    (
        "weaviate.exceptions.WeaviateQueryError",
        "Query call with protocol GRPC search failed with message knn search: distance between entrypoint and query"
        " node: vector lengths don't match: 384 vs 1024.",
        None,
        V,
        "message.tpl_vector_dimension",
    ),
    # weaker evidence alone: unknown (RuntimeError's weak class falls below the floor); the phrase names the misuse
    (
        "builtins.RuntimeError",
        "QdrantLocal instance is closed. Please create a new instance.",
        None,
        P,
        "message.used_after_close",
    ),
    # without the template's phrase: unknown (access_denied's "forbidden" disagrees with the class)
    (
        "weaviate.exceptions.WeaviateInsertInvalidPropertyError",
        "It is forbidden to insert `id` or `vector` inside properties: {'vector': [0.1]}. Only properties defined in"
        " your collection's config can be inserted as properties of the object.",
        None,
        V,
        "type.validation.weaviate_input",
    ),
    # the 402 alone is vendor-defined (unknown); the existing period_credits reads the body (no new rule)
    (
        HH + "HfHubHTTPError",
        "402 Client Error: Payment Required for url: https://router.huggingface.co/v1/chat/completions\n\nYou have"
        " exceeded your monthly included credits for Inference Providers.",
        402,
        R,
        "message.period_credits",
    ),
]


@pytest.fixture(scope="module")
def clf() -> Classifier:
    return Classifier.default()


@pytest.mark.parametrize(("library", "exc_type", "message", "status", "label"), TEMPLATES)
def test_template_on_its_class(
    clf: Classifier, library: str, exc_type: str, message: str, status: int | None, label: Category
) -> None:
    assert verdict_of(clf, exc_type, message, status)[0] is label, library


@pytest.mark.parametrize(("library", "message", "label", "rule_id"), WRAPPED)
def test_template_behind_a_wrapper(clf: Classifier, library: str, message: str, label: Category, rule_id: str) -> None:
    assert verdict_of(clf, "builtins.RuntimeError", message) == (label, rule_id), library


@pytest.mark.parametrize(("exc_type", "message", "status", "label", "rule_id"), WEAKER_WOULD_WIN)
def test_the_template_rule_decides_over_weaker_evidence(
    clf: Classifier, exc_type: str, message: str, status: int | None, label: Category, rule_id: str
) -> None:
    assert verdict_of(clf, exc_type, message, status) == (label, rule_id)


def test_ambiguous_templates_stay_as_they_were(clf: Classifier) -> None:
    """Left alone as judgement calls: XLA's "DNN library initialization failed" (a cuDNN setup, or GPU memory another
    process took) has no rule. Not labelled, so not asserted: a DataLoader worker that exited without its signal,
    LangChain's "Could not parse LLM output" (the model's output, not the caller's input), qdrant-client's local
    storage lock held by another process, a shape mismatch inside a model ("mat1 and mat2 shapes cannot be
    multiplied"), a safetensors header that does not parse, NCCL's "unhandled system error"."""
    dnn = "FAILED_PRECONDITION: DNN library initialization failed. Look at the errors above for more details."
    assert verdict_of(clf, "jaxlib.xla_extension.XlaRuntimeError", dnn)[0] is Category.UNKNOWN
