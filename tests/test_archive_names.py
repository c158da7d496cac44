"""An archive that names countries as journalists write them: every UN member and observer
state, Kosovo and Taiwan, in their common English short names and the usual variants, is read
without an unknown-country error."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from .helpers import run_cli

# The 193 UN members, the two observer states, Kosovo and Taiwan, as news copy names them.
STATES = """Afghanistan, Albania, Algeria, Andorra, Angola, Antigua and Barbuda, Argentina, Armenia,
Australia, Austria, Azerbaijan, Bahamas, Bahrain, Bangladesh, Barbados, Belarus, Belgium, Belize,
Benin, Bhutan, Bolivia, Bosnia and Herzegovina, Botswana, Brazil, Brunei, Bulgaria, Burkina Faso,
Burundi, Cambodia, Cameroon, Canada, Cape Verde, Central African Republic, Chad, Chile, China,
Colombia, Comoros, Republic of the Congo, Costa Rica, Ivory Coast, Croatia, Cuba, Cyprus,
Czech Republic, North Korea, DR Congo, Denmark, Djibouti, Dominica, Dominican Republic, Ecuador,
Egypt, El Salvador, Equatorial Guinea, Eritrea, Estonia, Eswatini, Ethiopia, Fiji, Finland,
France, Gabon, Gambia, Georgia, Germany, Ghana, Greece, Grenada, Guatemala, Guinea,
Guinea-Bissau, Guyana, Haiti, Honduras, Hungary, Iceland, India, Indonesia, Iran, Iraq, Ireland,
Israel, Italy, Jamaica, Japan, Jordan, Kazakhstan, Kenya, Kiribati, Kuwait, Kyrgyzstan, Laos,
Latvia, Lebanon, Lesotho, Liberia, Libya, Liechtenstein, Lithuania, Luxembourg, Madagascar,
Malawi, Malaysia, Maldives, Mali, Malta, Marshall Islands, Mauritania, Mauritius, Mexico,
Micronesia, Monaco, Mongolia, Montenegro, Morocco, Mozambique, Burma, Namibia, Nauru, Nepal,
Netherlands, New Zealand, Nicaragua, Niger, Nigeria, North Macedonia, Norway, Oman, Pakistan,
Palau, Panama, Papua New Guinea, Paraguay, Peru, Philippines, Poland, Portugal, Qatar,
South Korea, Moldova, Romania, Russia, Rwanda, Saint Kitts and Nevis, Saint Lucia,
Saint Vincent and the Grenadines, Samoa, San Marino, Sao Tome and Principe, Saudi Arabia,
Senegal, Serbia, Seychelles, Sierra Leone, Singapore, Slovakia, Slovenia, Solomon Islands,
Somalia, South Africa, South Sudan, Spain, Sri Lanka, Sudan, Suriname, Sweden, Switzerland,
Syria, Tajikistan, Thailand, East Timor, Togo, Tonga, Trinidad and Tobago, Tunisia, Turkey,
Turkmenistan, Tuvalu, Uganda, Ukraine, United Arab Emirates, UK, Tanzania, US, Uruguay,
Uzbekistan, Vanuatu, Venezuela, Vietnam, Yemen, Zambia, Zimbabwe, Vatican, Palestine, Kosovo,
Taiwan"""
# Other names of the same states that style guides and wire copy use.
VARIANTS = """Côte d'Ivoire, Côte d’Ivoire, Congo-Brazzaville, Congo-Kinshasa,
Democratic Republic of the Congo, Czechia, Swaziland, Macedonia, Myanmar, Timor-Leste,
Cabo Verde, Holy See, State of Palestine, Türkiye, Britain, Great Britain, United Kingdom,
United States, USA, UAE, The Gambia, The Bahamas, St Lucia, St Kitts and Nevis,
Brunei Darussalam, Federated States of Micronesia, Republic of Korea, Russian Federation,
Viet Nam, Lao PDR, São Tomé and Príncipe, Trinidad & Tobago, Antigua & Barbuda, Guinea Bissau,
Kyrgyz Republic, Slovak Republic, Republic of Ireland, Holland, America"""
PER_STORY = 12


def names(text: str) -> list[str]:
    return [name.strip() for name in text.replace("\n", " ").split(",")]


def story(number: int, countries: list[str]) -> str:
    listed = "".join(f'  - name: "{name}"\n    role: named in report {number}\n'
                     for name in countries)
    return (f"---\ntitle: Story {number}\ndek: One of an archive's stories.\n"
            f"published: 2024-01-{number % 28 + 1:02d}\n---\n\n--- summary\n---\nA story.\n\n"
            f"--- countries\ncountries:\n{listed}---\n")


def test_every_state_as_journalists_write_it_is_known(make_site: Callable[..., Path]) -> None:
    states, variants = names(STATES), names(VARIANTS)
    assert len(states) == len(set(states)) == 197
    every = states + variants
    stories = {f"content/story-{n}.md": story(n, every[start:start + PER_STORY])
               for n, start in enumerate(range(0, len(every), PER_STORY))}
    result = run_cli("check", "--root", make_site(stories))
    assert "unknown country" not in result.stderr
    assert " may mean " not in result.stderr and " part of one: " not in result.stderr
    assert result.returncode == 0, result.stderr
