from lib import *
from defs1 import h, S3_FLOW, s3_base, DOC_GW, DOC_GW_S3, DOC_IF, DOC_S3_PL, DOC_NAT, DOC_PRICING, DOC_NACL, DOC_SG, DOC_RT, DOC_PEER, DOC_POLICY, DOC_BUCKET, DOC_PL, DOC_DNS
CHALLENGES = []
def challenge(**kw): CHALLENGES.append(kw)

# ---------------------------------------------------------------- 12
S3_FLOW_SP = dict(S3_FLOW, sourcePort=45000)
def nacl_start(): return load('nacl-missing-inbound-ephemeral-return-fails')
def nacl_in(lab, rules):
    comp(lab, 'acl-private')['inbound'] = [{'rule': 100, 'action': 'allow', 'protocol': 'tcp', 'ports': '22', 'cidr': '10.0.0.0/16'}] + rules
    return lab
def sol12(lab):
    return nacl_in(lab, [{'rule': 110, 'action': 'allow', 'protocol': 'tcp', 'ports': '1024-65535', 'cidr': '54.123.160.0/19'},
                         {'rule': 120, 'action': 'allow', 'protocol': 'tcp', 'ports': '1024-65535', 'cidr': '52.216.0.0/15'}])
def w12a(lab):
    return nacl_in(lab, [{'rule': 110, 'action': 'allow', 'protocol': 'tcp', 'ports': '443', 'cidr': '0.0.0.0/0'}])
def w12b(lab):
    return nacl_in(lab, [{'rule': 110, 'action': 'deny', 'protocol': 'tcp', 'ports': 'all', 'cidr': '0.0.0.0/0'},
                         {'rule': 120, 'action': 'allow', 'protocol': 'tcp', 'ports': '1024-65535', 'cidr': '0.0.0.0/0'}])
challenge(num='12', slug='nacl-ephemeral-ports', start=nacl_start,
  title=T('A network ACL without ephemeral ports', '임시 포트가 없는 네트워크 ACL'),
  story=T('The private subnet has its own network ACL, acl-private, written by hand: outbound HTTPS to the S3 ranges, inbound SSH from the VPC. The route to the S3 gateway endpoint is in place, yet i-app cannot download anything from my-bucket.',
          '프라이빗 서브넷에는 직접 작성한 네트워크 ACL acl-private가 있습니다. S3 범위로 가는 아웃바운드 HTTPS와 VPC에서 오는 인바운드 SSH만 있습니다. S3 게이트웨이 엔드포인트로 가는 경로는 있지만 i-app은 my-bucket에서 아무것도 내려받지 못합니다.'),
  goal=T('i-app reads s3://my-bucket (client port 45000).', 'i-app이 s3://my-bucket을 읽을 수 있어야 합니다(클라이언트 포트 45000).'),
  hints=h('The trace shows the request arriving. On which leg, and at which boundary, is the packet dropped?', '추적 결과를 보면 요청은 도착합니다. 패킷은 어느 구간의 어느 경계에서 버려지나요?',
          'Network ACLs are stateless: the reply from S3 (source port 443) comes back to the client\'s ephemeral port, and the inbound rules must allow it. Rules are evaluated in number order; the first match wins.',
          '네트워크 ACL은 상태 비저장입니다. S3의 응답(소스 포트 443)은 클라이언트의 임시 포트로 돌아오며, 인바운드 규칙이 이를 허용해야 합니다. 규칙은 번호 순서대로 평가되고 처음 일치한 규칙이 적용됩니다.',
          'Add inbound rules to acl-private allowing TCP 1024-65535 from 54.123.160.0/19 and 52.216.0.0/15, numbered before any deny.',
          'acl-private에 54.123.160.0/19와 52.216.0.0/15에서 오는 TCP 1024-65535를 허용하는 인바운드 규칙을 거부 규칙보다 앞 번호로 추가하세요.'),
  explanation=T('Security groups remember connections; network ACLs do not. Every custom network ACL that allows a request out must also allow the reply in, on the ephemeral port range of the client (1024-65535 covers Linux, Windows and NAT gateways). The lower-numbered rule wins, so an allow placed after a broad deny never applies.',
                '보안 그룹은 연결을 기억하지만 네트워크 ACL은 기억하지 않습니다. 요청을 밖으로 허용하는 사용자 지정 네트워크 ACL은 클라이언트의 임시 포트 범위로 들어오는 응답도 허용해야 합니다(1024-65535는 Linux, Windows, NAT 게이트웨이를 모두 포함). 번호가 낮은 규칙이 우선하므로 넓은 거부 규칙 뒤에 둔 허용 규칙은 적용되지 않습니다.'),
  links=[DOC_NACL, 'https://docs.aws.amazon.com/vpc/latest/userguide/nacl-ephemeral-ports.html'],
  flows=[S3_FLOW_SP],
  goals=[{'reachable': goal_flow(S3_FLOW_SP)}],
  solution=sol12,
  wrong=[(w12a, 'allows inbound 443, the server port, instead of the client\'s ephemeral port', [{'goal': 0, 'reason': 'NACL_DENY'}]),
         (w12b, 'puts the ephemeral rule after a deny rule with a lower number', [{'goal': 0, 'reason': 'NACL_DENY'}])])

# ---------------------------------------------------------------- 13
UPD_FLOW = flow('download updates', 'i-app', 'host-updates')
def heavy_start():
    lab = load('s3-private-subnet-via-nat-gateway')
    add(lab, {'kind': 'internetHost', 'id': 'host-updates', 'ip': '198.51.100.20'})
    return lab
def sol13(lab): return add_gw(lab)
def w13a(lab):
    add(lab, {'kind': 'subnet', 'id': 'subnet-endpoints-a', 'vpc': 'vpc-main', 'cidr': '10.0.20.0/24', 'az': 'us-east-1a', 'azId': 'use1-az1', 'routeTable': 'rt-private', 'nacl': 'acl-main'},
        sg('sg-vpce-s3', 'vpc-main', [rule_in('tcp', '443', 'sg-app')], ALL_OUT),
        iface_endpoint('vpce-s3-if', 's3', 'subnet-endpoints-a', '10.0.20.10', ['sg-vpce-s3'], True, 'vpce-s3-if-a1b2c3d4'))
    return lab
def w13b(lab):
    del_route(lab, 'rt-private', '0.0.0.0/0'); remove(lab, 'nat-a')
    return add_gw(lab)
challenge(num='13', slug='cheapest-heavy-s3', start=heavy_start,
  title=T('5 TB a month to S3: the cheapest design', '월 5TB의 S3 트래픽: 가장 저렴한 설계'),
  story=T('The analytics job on i-app reads 5,000 GB a month from my-bucket through the NAT gateway, and the NAT bill is now the biggest line of the account. The same instance still needs the NAT gateway for software updates from host-updates.',
          'i-app의 분석 작업은 NAT 게이트웨이를 통해 my-bucket에서 월 5,000GB를 읽으며, 이제 NAT 요금이 계정에서 가장 큰 비용 항목입니다. 같은 인스턴스는 host-updates에서 소프트웨어 업데이트를 받기 위해 여전히 NAT 게이트웨이가 필요합니다.'),
  goal=T('The S3 path of i-app costs at most $1.00 a month for 5,000 GB, and i-app still reaches host-updates.', 'i-app의 S3 경로 비용이 5,000GB에 대해 월 $1.00 이하여야 하고, i-app은 여전히 host-updates에 접근할 수 있어야 합니다.'),
  hints=h('Compare the monthly cost of the path through nat-a with what an endpoint would cost.', 'nat-a를 거치는 경로의 월 비용을 엔드포인트를 쓸 때의 비용과 비교해 보세요.',
          'NAT gateways charge per hour and per GB processed; interface endpoints charge per AZ-hour and per GB; gateway endpoints charge nothing. A route to a prefix list is more specific than 0.0.0.0/0, so S3 traffic leaves the NAT path while other traffic keeps it.',
          'NAT 게이트웨이는 시간당 요금과 처리한 GB당 요금이 있고, 인터페이스 엔드포인트는 AZ 시간당 요금과 GB당 요금이 있으며, 게이트웨이 엔드포인트는 요금이 없습니다. 접두사 목록 경로는 0.0.0.0/0보다 구체적이므로 S3 트래픽만 NAT 경로에서 빠지고 다른 트래픽은 그대로 NAT를 사용합니다.',
          'Add an S3 gateway endpoint associated with rt-private, and keep the NAT gateway.', 'rt-private에 연결된 S3 게이트웨이 엔드포인트를 추가하고, NAT 게이트웨이는 유지하세요.'),
  explanation=T('For heavy S3 (or DynamoDB) traffic in the same Region, a gateway endpoint is the cheapest path: no hourly and no per-GB charge, where a NAT gateway costs about $0.045 per GB plus its hours, and an interface endpoint about $0.01 per GB plus its AZ-hours (us-east-1 figures, check the pricing pages). The NAT gateway stays for the internet traffic: the most specific route wins.',
                '같은 리전의 대량 S3(또는 DynamoDB) 트래픽에는 게이트웨이 엔드포인트가 가장 저렴한 경로입니다. 시간당 요금도 GB당 요금도 없습니다. 반면 NAT 게이트웨이는 GB당 약 $0.045에 시간당 요금이 더해지고, 인터페이스 엔드포인트는 GB당 약 $0.01에 AZ 시간당 요금이 더해집니다(us-east-1 기준, 요금 페이지에서 확인하세요). 가장 구체적인 경로가 우선하므로 인터넷 트래픽에는 NAT 게이트웨이가 계속 사용됩니다.'),
  links=[DOC_GW, DOC_PRICING, 'https://aws.amazon.com/vpc/pricing/'],
  flows=[S3_FLOW, UPD_FLOW],
  goals=[{'reachable': goal_flow(S3_FLOW)}, {'maxMonthlyCost': {'flow': 0, 'gbPerMonth': 5000, 'usd': '1.00'}}, {'reachable': goal_flow(UPD_FLOW)}],
  solution=sol13,
  wrong=[(w13a, 'uses an S3 interface endpoint: private, but billed per AZ-hour and per GB', [{'goal': 1}]),
         (w13b, 'replaces the NAT gateway with the gateway endpoint: the updates stop', [{'goal': 2, 'reason': 'NO_ROUTE_TO_DESTINATION'}])])

# ---------------------------------------------------------------- 14
EU_FLOW = flow('read the EU bucket', 'i-app', 'eu-bucket.s3.eu-west-1.amazonaws.com', request=('s3:GetObject', 'arn:aws:s3:::eu-bucket/data/report.csv'))
def xr_start(): return load('cross-region-bucket-gateway-endpoint-no-nat-fails')
def sol14(lab): return public_nat(lab)
def w14a(lab): return add_route(lab, 'rt-private', '0.0.0.0/0', 'igw-main')
def w14b(lab): return add_route(lab, 'rt-private', 'pl-s3-euw1', 'vpce-s3-gw')
challenge(num='14', slug='cross-region-bucket', start=xr_start,
  title=T('A bucket in another Region', '다른 리전의 버킷'),
  story=T('i-app in us-east-1 reads local buckets through the gateway endpoint vpce-s3-gw. A new partner bucket, eu-bucket, lives in eu-west-1, and requests to it fail.',
          'us-east-1의 i-app은 게이트웨이 엔드포인트 vpce-s3-gw를 통해 로컬 버킷을 읽습니다. 새 파트너 버킷 eu-bucket은 eu-west-1에 있으며, 이 버킷에 대한 요청은 실패합니다.'),
  goal=T('i-app reads s3://eu-bucket in eu-west-1.', 'i-app이 eu-west-1의 s3://eu-bucket을 읽을 수 있어야 합니다.'),
  hints=h('Look at the route lookup for the EU address: which routes match, and why not the endpoint?', 'EU 주소에 대한 경로 조회를 보세요. 어떤 경로가 일치하며, 왜 엔드포인트는 아닌가요?',
          'A gateway endpoint serves only its own Region: its prefix list holds that Region\'s S3 addresses. Reaching a bucket in another Region needs another path, such as a NAT gateway (or an interface endpoint in that Region reached over peering).',
          '게이트웨이 엔드포인트는 자신의 리전만 처리합니다. 접두사 목록에는 그 리전의 S3 주소만 들어 있습니다. 다른 리전의 버킷에 접근하려면 NAT 게이트웨이(또는 피어링으로 연결된 그 리전의 인터페이스 엔드포인트) 같은 다른 경로가 필요합니다.',
          'Create a public NAT gateway in subnet-public-a (10.0.0.20, Elastic IP 203.0.113.20) and route 0.0.0.0/0 from rt-private to it.',
          'subnet-public-a에 퍼블릭 NAT 게이트웨이(10.0.0.20, 탄력적 IP 203.0.113.20)를 만들고 rt-private의 0.0.0.0/0을 이 게이트웨이로 라우팅하세요.'),
  explanation=T('Gateway endpoints do not support cross-Region requests: an endpoint in us-east-1 carries only us-east-1 S3 traffic, and its prefix list does not contain eu-west-1 addresses. The S3 traffic to the local Region keeps using the gateway endpoint (more specific route); the EU bucket goes through the NAT gateway and the internet gateway.',
                '게이트웨이 엔드포인트는 리전 간 요청을 지원하지 않습니다. us-east-1의 엔드포인트는 us-east-1 S3 트래픽만 전달하며, 접두사 목록에 eu-west-1 주소가 없습니다. 로컬 리전의 S3 트래픽은 계속 게이트웨이 엔드포인트를 사용하고(더 구체적인 경로), EU 버킷으로 가는 트래픽은 NAT 게이트웨이와 인터넷 게이트웨이를 거칩니다.'),
  links=[DOC_GW, DOC_GW_S3, DOC_NAT],
  flows=[EU_FLOW],
  goals=[{'reachable': goal_flow(EU_FLOW)}, {'noErrors': True}],
  solution=sol14,
  wrong=[(w14a, 'routes the private subnet to the internet gateway, without a public IP', [{'goal': 0, 'reason': 'IGW_PUBLIC_IP_ASSOCIATION_FOR_EGRESS'}]),
         (w14b, 'points the EU prefix list at the us-east-1 gateway endpoint, a route AWS does not allow', [{'goal': 1}])])
