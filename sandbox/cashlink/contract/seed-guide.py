import binascii
import os
import requests
# Sandbox contract test: only these five values differ from the guide; they come from env vars.
URL = os.environ.get('CASHLINK_URL', 'https://demo.cashlink.de/api/external')
CLIENT_ID = os.environ.get('CASHLINK_CLIENT_ID', '<your client ID>')
CLIENT_SECRET = os.environ.get('CASHLINK_CLIENT_SECRET', '<your client secret>')
CAMPAIGN_ID = os.environ.get('CASHLINK_CAMPAIGN_ID', '<campaign id>')
INVESTOR_ID = os.environ.get('CASHLINK_INVESTOR_ID', '<investor id from previous guide>')
def authenticate():
    r = requests.post(f'{URL}/oauth/token', data={
        'grant_type': 'client_credentials',
        'scope': 'investors:write investors:read investments:write investments:read documents:write',
        'client_id': CLIENT_ID,
        'client_secret': CLIENT_SECRET
    })
    assert r.status_code == 200, r.content
    return r.json()['access_token']
def make_key():
    return binascii.hexlify(os.urandom(8)).decode()
if __name__ == '__main__':
    headers = {
        'Authorization': f'Bearer {authenticate()}',
    }
    # Create a basic invitation with campaign, investor and units
    r = requests.post(
        f'{URL}/v2/invitations/',
        json={
            "investor_id": INVESTOR_ID,
            "campaign_id": CAMPAIGN_ID,
            "units": 1100
        },
        headers={**headers, 'X-Idempotency-Key': make_key()}
    )
    assert r.status_code < 300, r.content
    invitation_id = r.json()['id']
    # Patch the invitation with the required self-disclosure answers
    r = requests.patch(
        f'{URL}/v2/invitations/{invitation_id}/',
        json = {
            'self_disclosure_submitted_at': '2021-11-15T08:33:45.617Z',
            "self_disclosure_monthly_income": True,
            "self_disclosure_net_worth_100k": True
        },
        headers={**headers, 'X-Idempotency-Key': make_key()}
    )
    assert r.status_code < 300, r.content
    # Patch the invitation with the survey answers
    r = requests.patch(
        f'{URL}/v2/invitations/{invitation_id}/',
        json = {
            'survey_submitted_at': '2022-03-22T07:14:13.630308+00:00',
            'survey': [],
        },
        headers={**headers, 'X-Idempotency-Key': make_key()}
    )
    assert r.status_code < 300, r.content
    # Patch the invitation with the required survey waiver
    r = requests.patch(
        f'{URL}/v2/invitations/{invitation_id}/',
        json = {
            'survey_waiver': 'NO_ANSWERS',
        },
        headers={**headers, 'X-Idempotency-Key': make_key()}
    )
    assert r.status_code < 300, r.content
    # Use the invitation to create an investment
    r = requests.post(
        f'{URL}/v2/investments/',
        json={
            'invitation_id': invitation_id,
            "signed_at": "2022-03-22T08:33:45.617Z"
        },
        headers={**headers, 'X-Idempotency-Key': make_key()}
    )
    assert r.status_code < 300, r.content
    investment_id = r.json()['id']
    # get wallet for investor
    r = requests.get(
        f'{URL}/v2/investors/{INVESTOR_ID}/wallets/',
        headers={**headers}
    )
    assert r.status_code < 300, r.content
    # investor must at least have a single wallet
    investor_wallets = r.json()
    assert len(investor_wallets) > 0
    wallet_id = investor_wallets[0]['id']
    # patch investment to set wallet
    r = requests.patch(
        f'{URL}/v2/investments/{investment_id}/',
        json={
            'wallet': wallet_id
        },
        headers={**headers}
    )
    assert r.status_code < 300, r.content
    r = requests.get(
        f'{URL}/v2/investments/{investment_id}/',
        headers={**headers}
    )
    assert r.status_code < 300, r.content
    status = r.json()['status']
    print(investment_id)
    print(status)
