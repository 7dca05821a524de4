from lib import *

S3_FLOW = flow('read the report', 'i-app', 'my-bucket.s3.us-east-1.amazonaws.com',
               request=('s3:GetObject', 'arn:aws:s3:::my-bucket/data/report.csv'))
DOC_GW = 'https://docs.aws.amazon.com/vpc/latest/privatelink/gateway-endpoints.html'
DOC_GW_S3 = 'https://docs.aws.amazon.com/vpc/latest/privatelink/vpc-endpoints-s3.html'
DOC_GW_DDB = 'https://docs.aws.amazon.com/vpc/latest/privatelink/vpc-endpoints-ddb.html'
DOC_IF = 'https://docs.aws.amazon.com/vpc/latest/privatelink/create-interface-endpoint.html'
DOC_S3_PL = 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/privatelink-interface-endpoints.html'
DOC_NAT = 'https://docs.aws.amazon.com/vpc/latest/userguide/vpc-nat-gateway.html'
DOC_PRICING = 'https://aws.amazon.com/privatelink/pricing/'
DOC_NACL = 'https://docs.aws.amazon.com/vpc/latest/userguide/vpc-network-acls.html'
DOC_SG = 'https://docs.aws.amazon.com/vpc/latest/userguide/vpc-security-groups.html'
DOC_RT = 'https://docs.aws.amazon.com/vpc/latest/userguide/VPC_Route_Tables.html'
DOC_PEER = 'https://docs.aws.amazon.com/vpc/latest/peering/vpc-peering-basics.html'
DOC_POLICY = 'https://docs.aws.amazon.com/vpc/latest/privatelink/vpc-endpoints-access.html'
DOC_BUCKET = 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/example-bucket-policies-vpc-endpoint.html'
DOC_PL = 'https://docs.aws.amazon.com/vpc/latest/privatelink/privatelink-share-your-services.html'
DOC_DNS = 'https://docs.aws.amazon.com/vpc/latest/privatelink/privatelink-access-aws-services.html'

def s3_base():
    return load('s3-private-subnet-no-egress-fails')

def h(n_en, n_ko, c_en, c_ko, f_en, f_ko):
    return [Block({'level': 'nudge', 'en': n_en, 'ko': n_ko}),
            Block({'level': 'concept', 'en': c_en, 'ko': c_ko}),
            Block({'level': 'fix', 'en': f_en, 'ko': f_ko})]

CHALLENGES = []
def challenge(**kw):
    CHALLENGES.append(kw)

# ---------------------------------------------------------------- 01
def sol01(lab): return add_gw(lab)
def w01a(lab):
    return public_nat(lab)
def w01b(lab):
    return add_gw(lab, rts=('rt-public',))
challenge(num='01', slug='s3-gateway-endpoint', start=s3_base,
  title=T('S3 from a private subnet, without the internet', '인터넷 없이 프라이빗 서브넷에서 S3 사용하기'),
  story=T('The reporting app on i-app runs in a private subnet with no route out of the VPC. It must read reports from the bucket my-bucket. Security says: no internet path. Finance says: no new hourly charge.',
          'i-app의 보고서 앱은 VPC 밖으로 나가는 경로가 없는 프라이빗 서브넷에서 실행됩니다. 이 앱은 my-bucket 버킷에서 보고서를 읽어야 합니다. 보안팀은 인터넷 경로를 허용하지 않고, 재무팀은 새로운 시간당 요금을 원하지 않습니다.'),
  goal=T('i-app reads s3://my-bucket over HTTPS, the path crosses no NAT gateway and no internet gateway, and the path costs nothing per month.',
         'i-app이 HTTPS로 s3://my-bucket을 읽을 수 있어야 하고, 경로가 NAT 게이트웨이나 인터넷 게이트웨이를 거치지 않아야 하며, 경로의 월 비용이 0이어야 합니다.'),
  hints=h('Trace the flow: where does the packet stop, and what does the private route table know about S3 addresses?',
          '흐름을 추적해 보세요. 패킷은 어디에서 멈추나요? 프라이빗 라우팅 테이블은 S3 주소에 대해 무엇을 알고 있나요?',
          'A gateway endpoint adds a route to the route tables you choose: destination the S3 prefix list, target the endpoint. It has no hourly or per-GB charge.',
          '게이트웨이 엔드포인트는 선택한 라우팅 테이블에 대상이 S3 접두사 목록이고 타깃이 엔드포인트인 경로를 추가합니다. 시간당 요금이나 GB당 요금이 없습니다.',
          'Create a gateway endpoint for com.amazonaws.us-east-1.s3 and associate it with rt-private.',
          'com.amazonaws.us-east-1.s3용 게이트웨이 엔드포인트를 만들고 rt-private에 연결하세요.'),
  explanation=T('A gateway endpoint for S3 (or DynamoDB) is the exam answer to "private access to S3 in the same Region at no cost". It is a route-table target, not a network interface: AWS adds a route for the service prefix list to each associated route table, and the longest-prefix match sends S3 traffic to the endpoint. A NAT gateway would also work, but it adds an hourly charge, a per-GB charge and a path through the internet gateway.',
                'S3(또는 DynamoDB) 게이트웨이 엔드포인트는 "같은 리전의 S3에 비용 없이 프라이빗하게 접근"이라는 시험 문제의 정답입니다. 게이트웨이 엔드포인트는 네트워크 인터페이스가 아니라 라우팅 테이블의 타깃입니다. AWS는 연결된 각 라우팅 테이블에 서비스 접두사 목록 경로를 추가하고, 가장 긴 접두사 일치 규칙에 따라 S3 트래픽이 엔드포인트로 갑니다. NAT 게이트웨이로도 가능하지만 시간당 요금과 GB당 요금이 붙고 인터넷 게이트웨이를 거칩니다.'),
  links=[DOC_GW, DOC_GW_S3, DOC_PRICING],
  flows=[S3_FLOW],
  goals=[{'reachable': goal_flow(S3_FLOW)},
         {'avoids': {'flow': 0, 'kinds': ['natGateway', 'internetGateway']}},
         {'maxMonthlyCost': {'flow': 0, 'gbPerMonth': 100, 'usd': '0'}}],
  solution=sol01,
  wrong=[(w01a, 'adds a NAT gateway: reachable, but through the NAT gateway and the internet gateway, at an hourly cost', [{'goal': 1}, {'goal': 2}]),
         (w01b, 'associates the gateway endpoint with the public route table only', [{'goal': 0, 'reason': 'NO_ROUTE_TO_DESTINATION'}])])

# ---------------------------------------------------------------- 02
DDB_FLOW = flow('read an order', 'i-app', 'dynamodb.us-east-1.amazonaws.com',
                request=('dynamodb:GetItem', 'arn:aws:dynamodb:us-east-1:111122223333:table/Orders'))
def ddb_base():
    lab = s3_base()
    remove(lab, 's3-use1', 'pl-s3-use1')
    add(lab, PL_DDB, {'kind': 'awsService', 'id': 'ddb-use1', 'service': 'dynamodb', 'region': 'us-east-1',
        'serviceName': 'com.amazonaws.us-east-1.dynamodb', 'prefixList': 'pl-ddb-use1',
        'publicDnsRecords': [{'name': 'dynamodb.us-east-1.amazonaws.com', 'a': ['3.218.180.25']}],
        'tables': [{'name': 'Orders', 'region': 'us-east-1', 'policy': None}]})
    return lab
def sol02(lab): return add_gw(lab, eid='vpce-ddb-gw', service='dynamodb')
def w02a(lab): return public_nat(lab)
def w02b(lab):
    add(lab, PL_S3)
    return add_gw(lab)
challenge(num='02', slug='dynamodb-gateway-endpoint', start=ddb_base,
  title=T('DynamoDB from a private subnet, at no hourly cost', '시간당 비용 없이 프라이빗 서브넷에서 DynamoDB 사용하기'),
  story=T('The order service on i-app reads the DynamoDB table Orders. The subnet is private and has no route out of the VPC. Traffic grows to 200 GB a month, and the team wants no hourly charge for it.',
          'i-app의 주문 서비스는 DynamoDB 테이블 Orders를 읽습니다. 서브넷은 프라이빗이며 VPC 밖으로 나가는 경로가 없습니다. 트래픽이 월 200GB로 늘어나고 있고, 팀은 시간당 요금을 원하지 않습니다.'),
  goal=T('i-app reaches the Orders table, through a gateway endpoint, and the path costs nothing per month for 200 GB.',
         'i-app이 게이트웨이 엔드포인트를 통해 Orders 테이블에 접근하고, 월 200GB에 대해 경로 비용이 0이어야 합니다.'),
  hints=h('Which two AWS services have gateway endpoints?', '게이트웨이 엔드포인트를 제공하는 AWS 서비스 두 가지는 무엇인가요?',
          'Only S3 and DynamoDB have gateway endpoints. Each service has its own prefix list (pl-ddb-use1 for DynamoDB here), and the endpoint adds a route for that list.',
          '게이트웨이 엔드포인트는 S3와 DynamoDB에만 있습니다. 서비스마다 접두사 목록이 따로 있으며(여기서는 DynamoDB용 pl-ddb-use1), 엔드포인트는 그 목록에 대한 경로를 추가합니다.',
          'Create a gateway endpoint for com.amazonaws.us-east-1.dynamodb associated with rt-private (an S3 endpoint does not help).',
          'rt-private에 연결된 com.amazonaws.us-east-1.dynamodb용 게이트웨이 엔드포인트를 만드세요(S3 엔드포인트로는 해결되지 않습니다).'),
  explanation=T('DynamoDB, like S3, offers a gateway endpoint: a route to the DynamoDB prefix list in the route tables you associate, with no charge. An endpoint for S3 does not carry DynamoDB traffic, since its prefix list holds other addresses. DynamoDB also has interface endpoints (for on-premises access), which are billed per AZ-hour and per GB.',
                'DynamoDB도 S3처럼 게이트웨이 엔드포인트를 제공합니다. 연결한 라우팅 테이블에 DynamoDB 접두사 목록으로 가는 경로가 추가되며 요금이 없습니다. S3 엔드포인트의 접두사 목록에는 다른 주소가 들어 있으므로 DynamoDB 트래픽을 전달하지 않습니다. DynamoDB에는 온프레미스 접근용 인터페이스 엔드포인트도 있으며, 이는 AZ 시간당 요금과 GB당 요금이 부과됩니다.'),
  links=[DOC_GW, DOC_GW_DDB, DOC_PRICING],
  flows=[DDB_FLOW],
  goals=[{'reachable': goal_flow(DDB_FLOW)},
         {'crosses': {'flow': 0, 'kinds': ['gatewayEndpoint']}},
         {'maxMonthlyCost': {'flow': 0, 'gbPerMonth': 200, 'usd': '0'}}],
  solution=sol02,
  wrong=[(w02a, 'adds a NAT gateway: reachable, but not through a gateway endpoint and at an hourly cost', [{'goal': 1}, {'goal': 2}]),
         (w02b, 'adds a gateway endpoint for S3 instead of DynamoDB', [{'goal': 0, 'reason': 'NO_ROUTE_TO_DESTINATION'}, {'goal': 1}])])

# ---------------------------------------------------------------- 03
ONPREM_NAME = 'bucket.vpce-s3-if-a1b2c3d4.s3.us-east-1.vpce.amazonaws.com'
ONPREM_FLOW = flow('on-premises read', 'host-onprem', ONPREM_NAME,
                   request=('s3:GetObject', 'arn:aws:s3:::my-bucket/data/report.csv'))
def onprem_start():
    return load('onprem-vpn-to-s3-via-gateway-endpoint-fails')
def sol03(lab):
    return load('onprem-vpn-to-s3-via-interface-endpoint-works')
def w03a(lab):
    lab = sol03(lab)
    comp(lab, 'sg-vpce-s3')['inbound'] = [rule_in('tcp', '443', '10.0.0.0/16')]
    return lab
def w03b(lab):
    lab = sol03(lab)
    comp(lab, 'onprem-dc')['routes'] = [{'destination': '172.16.0.0/12', 'target': 'vpn-main'}]
    return lab
challenge(num='03', slug='onprem-vpn-s3-interface-endpoint', start=onprem_start,
  title=T('S3 from on-premises over the VPN', 'VPN을 통해 온프레미스에서 S3 사용하기'),
  story=T('The data center (192.168.0.0/16) reaches vpc-main over a Site-to-Site VPN. A gateway endpoint for S3 already serves the VPC, so the network team routed S3 addresses into the VPN. The batch server host-onprem must read my-bucket privately; its configuration uses the endpoint-specific name ' + ONPREM_NAME + '.',
          '데이터 센터(192.168.0.0/16)는 Site-to-Site VPN으로 vpc-main에 연결됩니다. VPC에는 이미 S3 게이트웨이 엔드포인트가 있어서 네트워크 팀이 S3 주소를 VPN으로 라우팅했습니다. 배치 서버 host-onprem은 my-bucket을 프라이빗하게 읽어야 하며, 설정에는 엔드포인트 전용 DNS 이름 ' + ONPREM_NAME + '이(가) 쓰여 있습니다.'),
  goal=T('host-onprem reads s3://my-bucket through an interface endpoint, using the endpoint-specific DNS name.',
         'host-onprem이 엔드포인트 전용 DNS 이름을 사용해 인터페이스 엔드포인트를 통해 s3://my-bucket을 읽어야 합니다.'),
  hints=h('Trace it: the name does not even resolve. Then ask: can traffic that arrives through a virtual private gateway use a gateway endpoint?',
          '추적해 보세요. 이름부터 확인되지 않습니다. 그리고 가상 프라이빗 게이트웨이로 들어온 트래픽이 게이트웨이 엔드포인트를 사용할 수 있을까요?',
          'Gateway endpoints only serve traffic that starts inside the VPC: not from a VPN, Direct Connect, a peered VPC or a transit gateway. Interface endpoints are network interfaces with private IPs, reachable from anywhere that routes to the VPC.',
          '게이트웨이 엔드포인트는 VPC 안에서 시작된 트래픽만 처리하며 VPN, Direct Connect, 피어링된 VPC, 전송 게이트웨이에서 온 트래픽은 처리하지 않습니다. 인터페이스 엔드포인트는 프라이빗 IP를 가진 네트워크 인터페이스이므로 VPC로 라우팅되는 곳이면 어디서든 접근할 수 있습니다.',
          'Create an interface endpoint vpce-s3-if for S3 in subnet-endpoints-a (10.0.20.10), with a security group that allows TCP 443 from 192.168.0.0/16, and DNS name *.vpce-s3-if-a1b2c3d4.s3.us-east-1.vpce.amazonaws.com.',
          'subnet-endpoints-a(10.0.20.10)에 S3용 인터페이스 엔드포인트 vpce-s3-if를 만들고, 192.168.0.0/16에서 TCP 443을 허용하는 보안 그룹과 DNS 이름 *.vpce-s3-if-a1b2c3d4.s3.us-east-1.vpce.amazonaws.com을 설정하세요.'),
  explanation=T('Gateway endpoints are not transitive: AWS only uses them for traffic from inside the VPC. From on-premises, use an interface endpoint for S3 (AWS PrivateLink): its network interfaces have private IPs that the VPN can reach. Without a Route 53 Resolver inbound endpoint, on-premises clients use the endpoint-specific DNS names (bucket.vpce-...), which resolve to those private IPs.',
                '게이트웨이 엔드포인트는 전이적이지 않습니다. AWS는 VPC 내부에서 시작된 트래픽에만 게이트웨이 엔드포인트를 사용합니다. 온프레미스에서는 S3용 인터페이스 엔드포인트(AWS PrivateLink)를 사용하세요. 인터페이스 엔드포인트의 네트워크 인터페이스에는 VPN으로 도달할 수 있는 프라이빗 IP가 있습니다. Route 53 Resolver 인바운드 엔드포인트가 없으면 온프레미스 클라이언트는 이 프라이빗 IP로 확인되는 엔드포인트 전용 DNS 이름(bucket.vpce-...)을 사용합니다.'),
  links=[DOC_GW, DOC_S3_PL, 'https://docs.aws.amazon.com/vpc/latest/privatelink/privatelink-access-aws-services.html'],
  flows=[ONPREM_FLOW],
  goals=[{'reachable': goal_flow(ONPREM_FLOW)},
         {'crosses': {'flow': 0, 'kinds': ['interfaceEndpoint']}}],
  solution=sol03,
  wrong=[(w03a, 'the endpoint security group allows the VPC CIDR only, not the data center', [{'goal': 0, 'reason': 'SECURITY_GROUP_NO_INGRESS_RULE'}, {'goal': 1}]),
         (w03b, 'the data center has no route to the VPC over the VPN', [{'goal': 0, 'reason': 'NO_ROUTE_TO_DESTINATION'}, {'goal': 1}])])
