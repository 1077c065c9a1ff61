import pytest

from assist.errors import ConfigError
from assist.privacy import ScrubbedText


def test_every_bundled_prompt_renders_strictly(prompts, bundled_entries):
    template = prompts.get("reply-suggestion")
    with pytest.raises(TypeError, match="ScrubbedText"):
        template.render(passages=bundled_entries[:2], turns=[{"speaker": "customer", "text": "raw text"}])
    with pytest.raises(ConfigError, match="missing variables"):
        template.render(passages=bundled_entries[:2])
    from assist.conversation import Speaker

    turns = [{"speaker": Speaker.CUSTOMER, "text": ScrubbedText.from_trusted_source("ma facture <PERSON_1>")}]
    rendered = template.render(passages=bundled_entries[:2], turns=turns)
    assert bundled_entries[0].id in rendered.text and rendered.text.endswith("[")
    assert template.hash.startswith("sha256:") and template.hash == prompts.get("reply-suggestion").hash
    for prompt_id in ("reply-suggestion-en", "reply-suggestion-chat"):
        assert prompts.get(prompt_id).render(passages=bundled_entries[:1], turns=turns).text


def test_unknown_prompt_and_version_are_clear(prompts):
    with pytest.raises(ConfigError, match="no prompt template 'nope'"):
        prompts.get("nope")
    with pytest.raises(ConfigError, match="no version 9"):
        prompts.get("reply-suggestion", 9)
