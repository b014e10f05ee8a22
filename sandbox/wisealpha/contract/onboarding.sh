#!/usr/bin/env bash
# WiseAlpha onboarding, as the seed (004, "User Onboarding") scripts it: the
# "Providing Information For The Automated AML Check" script, then the
# "Completing The AML Process and Investing In High-Yield Bonds" script.
#
# The seed's lines are copied verbatim; only $API_ROOT_URL and $API_KEY come from outside.
# Where a seed line cannot work as written it is kept as `# seed as written:` with
# the smallest fix below it and a one-line reason.
#
# Lines marked `# check:` are not from the seed: the seed's curls use `-s` and pipe to
# `jq .`, so a 400 still exits 0. The checks read the customer back and make a wrong
# answer a non-zero exit. jq is used for them, as the seed itself uses jq.
#
# Writes create_result.json into the working directory (the seed does), so run it in a
# scratch directory.
#
# Usage: API_ROOT_URL=http://127.0.0.1:4010/wisealpha/v1 API_KEY=... bash onboarding.sh

: "${API_ROOT_URL:?set API_ROOT_URL, e.g. http://127.0.0.1:4010/wisealpha/v1}"
: "${API_KEY:?set API_KEY}"

# check: reads the customer and fails the script unless the jq expression is true.
check() {
  local profile
  profile=$(curl -s "$API_ROOT_URL/customers/$CUSTOMER_ID/" -H "Authorization: Token $API_KEY")
  if ! jq -e "$1" >/dev/null 2>&1 <<<"$profile"; then
    echo "CHECK FAILED: $2 ($1)" >&2
    echo "$profile" >&2
    exit 1
  fi
  echo "check ok: $2" >&2
}

# Sample documents for the upload step (the seed expects the caller to have them).
DOCS=$(mktemp -d)
trap 'rm -rf "$DOCS"' EXIT
PHOTO_ID="$DOCS/photo_id.png"
PROOF_OF_ADDRESS="$DOCS/proof_of_address.pdf"
printf 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==' | base64 -d >"$PHOTO_ID"
printf '%%PDF-1.4\n%%%%EOF\n' >"$PROOF_OF_ADDRESS"

## Get investor types and signup questionnaire
curl -s $API_ROOT_URL/investor_types/ \
     -H "Authorization: Token $API_KEY" | jq .
curl -s $API_ROOT_URL/questionnaires/?type=signup \
     -H "Authorization: Token $API_KEY" | jq .

## Create a user
read -r -d '' DATA << EOM
{
   "email": "username@example.com",
   "first_name": "FirstName",
   "last_name": "LastName"
}
EOM
curl -s -X POST "$API_ROOT_URL/customers/" \
     -H "Authorization: Token $API_KEY" \
     -H "Content-Type: application/json" \
     -d "$DATA" > create_result.json
jq . create_result.json

CUSTOMER_ID=`jq -r .customer_id create_result.json`
# check: the create answered with a customer id.
if [[ ! "$CUSTOMER_ID" =~ ^[0-9]{8}$ ]]; then echo "CHECK FAILED: create gave no customer_id" >&2; cat create_result.json >&2; exit 1; fi
check '.email == "username@example.com"' "customer created"

## Add user's personal details using PUT
# seed as written: the PUT body's   "email":"$USERNAME@example.com",   with USERNAME never set
# fix: set it to the name the create step used; unset, the email is "@example.com" (400).
USERNAME=username
# seed as written (inside the heredoc; invalid JSON, the API answers 400 "JSON parse error"):
#   tax_residencies: [{
#      "country": "gb",
#      "tax_identification_number": "QQ123456C",
#   }],
# fix (in the heredoc below): quote the key "tax_residencies", drop the comma after "QQ123456C".
read -r -d '' DATA << EOM
{
   "customer_id":"$CUSTOMER_ID",
   "email":"$USERNAME@example.com",
   "first_name":"FirstName",
   "last_name":"LastName",
   "contact_number":"07777777777",
   "nationality":"GB",
   "date_of_birth":"2000-01-01",
   "date_joined":"2017-11-23T11:17:05.488037Z",
   "address":{
     "house_number": "1",
     "address1": "Some Street.",
     "address3": "London",
     "post_code": "N1 1XX",
     "from_date":"2016-01-01"
   },
   "tax_residencies": [{
      "country": "gb",
      "tax_identification_number": "QQ123456C"
   }],
   "previous_addresses":[],
   "bank_details":{
      "GBP": {
         "account_name": "FirstName LastName",
         "sort_code":123456,
         "account_number":12345678,
         "country_code": "gb"
      }
   }
}
EOM

curl -s -X PUT "$API_ROOT_URL/customers/$CUSTOMER_ID/" \
     -H "Authorization: Token $API_KEY" \
     -H "Content-Type: application/json" \
     -d "$DATA"  | jq .
check '.validation.fields_needed == ["tos_acceptance"] and .bank_details.GBP.provided == true' "PUT stored the personal details"

## Set the user's previous_addresses and tos_acceptance using PATCH
read -r -d '' DATA << EOM
{
   "previous_addresses":[
      {
        "house_number": "2",
        "address1": "Some Street.",
        "address3": "London",
        "post_code": "N1 1XX",
        "from_date":"2014-01-01",
        "to_date":"2016-01-01"
      }
   ],
   "tos_acceptance": {
     "date":"2017-11-23T11:17:05.488037Z",
     "ip_address": "1.2.3.4"
   }
}
EOM

curl -s -X PATCH "$API_ROOT_URL/customers/$CUSTOMER_ID/" \
     -H "Authorization: Token $API_KEY" \
     -H "Content-Type: application/json" \
     -d "$DATA"  | jq .
check '.validation.fields_needed == [] and .validation.aml_check.status == "AML Check Pending"' "PATCH completed the profile; AML check started"

## Set investor type
read -r -d '' DATA << EOM
{
    "investor_type_id": 1,
    "net_investible_assets": "500000",
    "net_investible_assets_currency": "GBP",
    "annual_income": "100000",
    "annual_income_currency": "GBP",
    "occupation": "CEO"
}
EOM

curl -s -X POST "$API_ROOT_URL/customers/$CUSTOMER_ID/change_investor_type/" \
     -H "Authorization: Token $API_KEY" \
     -H "Content-Type: application/json" \
     -d "$DATA"  | jq .
check '.investor_type.investor_type_id == 1 and (.validation.next_actions | index("select-investor-type") == null)' "investor type selected"

## Upload signup questionnaire
read -r -d '' DATA << EOM
{
  "type": "signup",
  "questions_answered": [
      {"question_id": 1, "answer_id": 1},
      {"question_id": 2, "answer_id": 6},
      {"question_id": 3, "answer_id": 7},
      {"question_id": 4, "answer_id": 10},
      {"question_id": 5, "answer_id": 15},
      {"question_id": 7, "answer_id": 20}
  ]
}
EOM

curl -s -X POST "$API_ROOT_URL/customers/$CUSTOMER_ID/upload_questionnaire_results/" \
     -H "Authorization: Token $API_KEY" \
     -H "Content-Type: application/json" \
     -d "$DATA" | jq .
check '.validation.questionnaire.signup == "passed"' "signup questionnaire passed"

## Fetch details to check status and next-actions
curl -s "$API_ROOT_URL/customers/$CUSTOMER_ID/" -H "Authorization: Token $API_KEY" | jq .

## Upload identity documents
# seed as written:
#      -d $PHOTO_ID | jq .
# fix: `-d $PHOTO_ID` posts the file *name* as the body; `--data-binary @file` posts its bytes.
curl -s -X POST "$API_ROOT_URL/customers/$CUSTOMER_ID/upload_photo_id/" \
     -H "Authorization: Token $API_KEY" \
     -H "Content-Type: $(file --mime-type -b $PHOTO_ID)" \
     -H "Content-Disposition: attachment; filename=$(basename $PHOTO_ID)" \
     --data-binary @$PHOTO_ID | jq .

# seed as written:
#      -d $PROOF_OF_ADDRESS | jq .
# fix: same as above, post the file's bytes rather than its name.
curl -s -X POST "$API_ROOT_URL/customers/$CUSTOMER_ID/upload_proof_of_address/" \
     -H "Authorization: Token $API_KEY" \
     -H "Content-Type: $(file --mime-type -b $PROOF_OF_ADDRESS)" \
     -H "Content-Disposition: attachment; filename=$(basename $PROOF_OF_ADDRESS)" \
     --data-binary @$PROOF_OF_ADDRESS | jq .
check '.validation.documents.photo_id == "provided" and .validation.documents.proof_of_address == "provided"' "identity documents uploaded"

## Upload high-yield questionnaire
read -r -d '' DATA << EOM
{
  "type": "high-yield",
  "questions_answered": [
      {"question_id": 15, "answer_id": 36},
      {"question_id": 16, "answer_id": 38},
      {"question_id": 17, "answer_id": 40},
      {"question_id": 18, "answer_id": 41},
      {"question_id": 19, "answer_id": 43},
      {"question_id": 20, "answer_id": 45},
      {"question_id": 21, "answer_id": 48}
  ]
}
EOM

curl -s -X POST "$API_ROOT_URL/customers/$CUSTOMER_ID/upload_questionnaire_results/" \
     -H "Authorization: Token $API_KEY" \
     -H "Content-Type: application/json" \
     -d "$DATA" | jq .
check '.validation.questionnaire["high-yield"] == "passed"' "high-yield questionnaire passed"

## Fetch details to check status and next-actions
curl -s "$API_ROOT_URL/customers/$CUSTOMER_ID/" -H "Authorization: Token $API_KEY" | jq .
